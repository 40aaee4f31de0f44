using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Evaluation;
using Yincai.Modules.Stations.Lodging;
using Yincai.Modules.Stations.Operation;
using Yincai.Modules.Stations.Programs;
using Yincai.Modules.Stations.Rewards;

namespace Yincai.Modules.Stations;

/// <summary>The module's tables ("stations_*"), applied by YincaiDb.</summary>
public static class StationsConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<StationProgram>(e =>
        {
            e.ToTable("stations_program");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(50);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Definition);
            e.Ignore(x => x.ProgramPrefix);
            e.HasIndex(x => x.Code).IsUnique();
        });
        b.Entity<Station>(e =>
        {
            e.ToTable("stations_station");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.OrganisationName).HasMaxLength(200);
            e.Property(x => x.TypeKey).HasMaxLength(50);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.ContactName).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(30);
            e.Property(x => x.Introduction).HasMaxLength(2000);
            e.Property(x => x.ServiceKeys).HasMaxLength(200);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.VerificationCode).HasMaxLength(40);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Content);
            e.Ignore(x => x.Services);
            e.Ignore(x => x.IsEditable);
            e.Ignore(x => x.IsPublic);
            e.HasIndex(x => x.CertificateNumber).IsUnique();
            e.HasIndex(x => x.VerificationCode).IsUnique();
            e.HasIndex(x => x.OperatorId);
            e.HasIndex(x => new { x.Status, x.RegionCode }); // the review list and the public list
            e.HasIndex(x => new { x.ProgramId, x.Status });
        });
        b.Entity<StationStep>(e =>
        {
            e.ToTable("stations_step");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.StageKey).HasMaxLength(50);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasIndex(x => new { x.StationId, x.AtUtc });
        });
        b.Entity<ExpertScore>(e =>
        {
            e.ToTable("stations_expert_score");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.StageKey).HasMaxLength(50);
            e.Property(x => x.ReviewerName).HasMaxLength(100);
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.HasIndex(x => new { x.StationId, x.StageKey, x.ReviewerId }).IsUnique();
        });
        b.Entity<Objection>(e =>
        {
            e.ToTable("stations_objection");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.FiledBy).HasMaxLength(50);
            e.Property(x => x.Contact).HasMaxLength(50);
            e.Property(x => x.Text).HasMaxLength(Objection.MaxText);
            e.Property(x => x.Answer).HasMaxLength(2000);
            e.HasIndex(x => x.StationId);
        });
        b.Entity<StationEvidence>(e =>
        {
            e.ToTable("stations_evidence");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.ConditionKey).HasMaxLength(50);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.HasIndex(x => x.StationId);
        });
            b.Entity<ServiceEntry>(e =>
        {
            e.ToTable("stations_service");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.TalentMasked).HasMaxLength(50);
            e.Property(x => x.JobTitle).HasMaxLength(200);
            e.Property(x => x.Detail).HasMaxLength(ServiceEntry.MaxText);
            e.Property(x => x.Outcome).HasMaxLength(ServiceEntry.MaxText);
            e.HasIndex(x => new { x.StationId, x.On }); // the log, the year's figures
            e.HasIndex(x => new { x.TalentUserId, x.JobId }); // the referrer of an application; the talent's own record
        });
            b.Entity<StationEvaluation>(e =>
        {
            e.ToTable("stations_evaluation");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.StationId, x.Year }).IsUnique();
        });
        b.Entity<EvaluationScore>(e =>
        {
            e.ToTable("stations_evaluation_score");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.ReviewerName).HasMaxLength(100);
            e.Property(x => x.ScoresJson).HasMaxLength(2000);
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.Ignore(x => x.Scores);
            e.HasIndex(x => new { x.EvaluationId, x.ReviewerId }).IsUnique();
        });
            b.Entity<EventPlan>(e =>
        {
            e.ToTable("stations_event_plan");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.LinesJson).HasMaxLength(20000);
            e.Property(x => x.HostOfficeName).HasMaxLength(200);
            e.Property(x => x.ReturnReason).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Lines);
            e.HasIndex(x => new { x.StationId, x.Year }).IsUnique();
            e.HasIndex(x => x.Status);
        });
            b.Entity<NetworkMember>(e =>
        {
            e.ToTable("stations_network_member");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.MaskedName).HasMaxLength(50);
            e.Property(x => x.Field).HasMaxLength(NetworkMember.MaxText);
            e.Property(x => x.Projects).HasMaxLength(NetworkMember.MaxText);
            e.HasIndex(x => new { x.StationId, x.TalentUserId }).IsUnique();
            e.HasIndex(x => new { x.StationId, x.JoinedAtUtc });
        });
            b.Entity<Room>(e =>
        {
            e.ToTable("stations_room");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Name).HasMaxLength(50);
            e.HasIndex(x => x.StationId);
        });
        b.Entity<Booking>(e =>
        {
            e.ToTable("stations_booking");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.TalentMasked).HasMaxLength(50);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.StationId, x.LastNight });
            e.HasIndex(x => new { x.TalentUserId, x.StationId });
        });
        b.Entity<BedNight>(e =>
        {
            e.ToTable("stations_bed_night");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.RoomId, x.Night, x.Bed }).IsUnique(); // no double booking, whoever saves first
            e.HasIndex(x => x.BookingId);
        });
            b.Entity<RewardClaim>(e =>
        {
            e.ToTable("stations_reward_claim");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.HireText).HasMaxLength(400);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.DecisionNote).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.StationId, x.ClaimedAtUtc });
            e.HasIndex(x => x.Status);
            // A hire is claimed once (a refused claim may be made again only by a new hire).
            e.HasIndex(x => new { x.StationId, x.ApplicationId }).IsUnique().HasFilter("\"ApplicationId\" IS NOT NULL AND \"Status\" <> 3");
        });
    }
}
