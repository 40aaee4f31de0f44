using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

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
            // The officer's work list in its order, for a county or a city (a code prefix: varchar_pattern_ops on PostgreSQL, whose
            // collation keeps a plain index from serving LIKE 'prefix%').
            e.HasIndex(x => new { x.RegionCode, x.Outcome, x.WorkKey, x.RegisteredAtUtc, x.Id }).IsDescending(false, false, false, true, false)
                .HasOperators("varchar_pattern_ops", "int4_ops", "date_ops", "timestamptz_ops", "uuid_ops");
            e.HasIndex(x => new { x.OfficerId, x.Outcome, x.WorkKey });
            e.HasIndex(x => new { x.CohortYear, x.RegionCode, x.RegisteredOn }).HasOperators("int4_ops", "varchar_pattern_ops", "date_ops");
            e.HasIndex(x => new { x.RegionCode, x.Outcome, x.Intention, x.StandardMetYear }).HasOperators("varchar_pattern_ops", "int4_ops", "int4_ops", "int4_ops");
            e.HasIndex(x => new { x.RegionCode, x.ContactDueOn }).HasOperators("varchar_pattern_ops", "date_ops");
            e.HasIndex(x => new { x.ContactDueOn, x.OfficerId }); // the day's contact reminders
            // A university's own graduates (GRD-06), by cohort.
            e.Property(x => x.UniversityCode).HasMaxLength(10);
            e.HasIndex(x => new { x.UniversityCode, x.CohortYear, x.RegisteredAtUtc });
        });
        b.Entity<Campus.Campus>(e =>
        {
            e.ToTable("graduates_campus");
            e.HasKey(x => x.Id);
            e.Property(x => x.UniversityCode).HasMaxLength(10);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.StationName).HasMaxLength(100);
            e.Property(x => x.StationAddress).HasMaxLength(200);
            e.Property(x => x.StationPhone).HasMaxLength(30);
            e.Property(x => x.StationHours).HasMaxLength(100);
            e.Property(x => x.ServiceList).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.HasStation);
            e.HasIndex(x => x.UniversityCode).IsUnique();
            e.HasIndex(x => x.RegionCode);
        });
        b.Entity<Campus.CampusMember>(e =>
        {
            e.ToTable("graduates_campus_member");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.FullName).HasMaxLength(50);
            e.Property(x => x.Position).HasMaxLength(50);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.UserId, x.Status });
            e.HasIndex(x => new { x.CampusId, x.Status });
            e.HasIndex(x => new { x.RegionCode, x.Status });
        });
        b.Entity<Campus.CampusStaffMember>(e =>
        {
            e.ToTable("graduates_campus_staff");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.FullName).HasMaxLength(50);
            e.Property(x => x.Phone).HasMaxLength(30);
            e.Property(x => x.Certificate).HasMaxLength(50);
            e.HasIndex(x => new { x.CampusId, x.LeftOn });
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
            e.HasIndex(x => new { x.CohortYear, x.RegionCode, x.OnDate }).HasOperators("int4_ops", "varchar_pattern_ops", "date_ops");
        });
        b.Entity<Counts.CohortDayCount>(e =>
        {
            // Derived from the graduates and their steps, which are audited themselves.
            e.ToTable("graduates_cohort_day").IsNotAudited();
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            // A scope's cohort by region (the prefix LIKE of the scope filter) and the merge's keys.
            e.HasIndex(x => new { x.Cohort, x.RegionCode, x.Day }).HasOperators("int4_ops", "varchar_pattern_ops", "date_ops");
        });
        b.Entity<Counts.ContactDayCount>(e =>
        {
            // Derived from the graduates, which are audited themselves.
            e.ToTable("graduates_contact_day").IsNotAudited();
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            // A scope's rows (the prefix LIKE of the scope filter) and the merge's keys.
            e.HasIndex(x => new { x.RegionCode, x.DueOn }).HasOperators("varchar_pattern_ops", "date_ops");
        });
        b.Entity<Counts.ServiceYearCount>(e =>
        {
            e.ToTable("graduates_service_year").IsNotAudited();
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.HasIndex(x => new { x.RegionCode, x.MetYear }).HasOperators("varchar_pattern_ops", "int4_ops");
        });
    }
}
