using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.ToTable("events_event");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.OrganiserName).HasMaxLength(200);
        b.Property(x => x.HostOfficeName).HasMaxLength(200);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.Venue).HasMaxLength(200);
        b.Property(x => x.LivestreamUrl).HasMaxLength(500);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.Property(x => x.CancelReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.StartsAtUtc, x.Id });
        b.HasIndex(x => new { x.RegionCode, x.StartsAtUtc });
        b.HasIndex(x => x.SeriesId);
        // A station's events: its figures and its page (Stations).
        b.HasIndex(x => new { x.OrganiserId, x.StartsAtUtc });
    }
}

internal sealed class EventSeatsConfiguration : IEntityTypeConfiguration<EventSeats>
{
    public void Configure(EntityTypeBuilder<EventSeats> b)
    {
        // Counters only: each registration they count is audited itself.
        b.ToTable("events_seats", t =>
        {
            t.HasCheckConstraint("ck_events_seats_taken", "\"Taken\" <= \"Capacity\" AND \"Taken\" >= 0");
            t.HasCheckConstraint("ck_events_seats_booths", "\"BoothsTaken\" <= \"Booths\" AND \"BoothsTaken\" >= 0");
        }).IsNotAudited();
        b.HasKey(x => x.EventId);
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> b)
    {
        b.ToTable("events_registration");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(EventRegistration.UserId));
        b.Property(x => x.DisplayName).HasMaxLength(100).IsPersonalInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        // One registration per talent and event, one number per event: the database keeps both, whatever the race.
        b.HasIndex(x => new { x.EventId, x.UserId }).IsUnique();
        b.HasIndex(x => new { x.EventId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.EventId, x.Status, x.Number });
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class EventBoothConfiguration : IEntityTypeConfiguration<EventBooth>
{
    public void Configure(EntityTypeBuilder<EventBooth> b)
    {
        b.ToTable("events_booth");
        b.HasKey(x => x.Id);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.PrimitiveCollection(x => x.JobIds);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.EventId, x.EmployerId }).IsUnique();
        b.HasIndex(x => x.EmployerId);
    }
}

internal sealed class EventInvitationConfiguration : IEntityTypeConfiguration<EventInvitation>
{
    public void Configure(EntityTypeBuilder<EventInvitation> b)
    {
        b.ToTable("events_invitation");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.EventId, x.UserId }).IsUnique();
    }
}
