using Microsoft.EntityFrameworkCore;

namespace Yincai.Modules.Graduates;

/// <summary>The module's tables ("graduates_*"), applied by YincaiDb.</summary>
public static class GraduatesConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Graduate>(e =>
        {
            e.ToTable("graduates_graduate");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.SearchRegionCode).HasMaxLength(6);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.InDatabase);
            e.HasIndex(x => x.TalentId).IsUnique();
            // The officer's work list: due first, in the county's database.
            e.HasIndex(x => new { x.RegionCode, x.Outcome, x.ContactDueOn, x.RegisteredAtUtc });
            e.HasIndex(x => new { x.OfficerId, x.Outcome, x.ContactDueOn });
            e.HasIndex(x => new { x.CohortYear, x.RegionCode });
            e.HasIndex(x => new { x.RegionCode, x.Outcome, x.Intention, x.StandardMetYear });
        });
        b.Entity<ServiceRecord>(e =>
        {
            e.ToTable("graduates_service");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Outcome).HasMaxLength(500);
            e.HasIndex(x => new { x.GraduateId, x.OnDate });
            e.HasIndex(x => new { x.RegionCode, x.OnDate });
        });
        b.Entity<HelpPlan>(e =>
        {
            e.ToTable("graduates_help_plan");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.ClosingNote).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.IsOpen);
            e.HasIndex(x => x.GraduateId).IsUnique();
        });
        b.Entity<HelpStep>(e =>
        {
            e.ToTable("graduates_help_step");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Action).HasMaxLength(500);
            e.Property(x => x.Result).HasMaxLength(500);
            e.HasIndex(x => new { x.PlanId, x.DueOn });
        });
        b.Entity<InternshipPlacement>(e =>
        {
            e.ToTable("graduates_internship");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.HostName).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.GraduateId, x.StartOn });
            e.HasIndex(x => new { x.HostEmployerId, x.IntakeYear, x.Outcome });
            e.HasIndex(x => new { x.RegionCode, x.Outcome, x.EndOn });
        });
        b.Entity<ServiceStandard>(e =>
        {
            e.ToTable("graduates_service_standard");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.RequirementsJson).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Requirements);
            e.HasIndex(x => x.RegionCode).IsUnique();
        });
        b.Entity<OutcomeChange>(e =>
        {
            e.ToTable("graduates_outcome");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Evidence).HasMaxLength(500);
            e.Property(x => x.EmployerName).HasMaxLength(200);
            e.HasIndex(x => new { x.GraduateId, x.OnDate });
        });
    }
}
