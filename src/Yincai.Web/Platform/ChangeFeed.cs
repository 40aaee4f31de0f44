using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Platform;

/// <summary>
/// A record whose changes other running copies of the app must learn about (the matching index keeps such records in
/// memory). Every save of one appends a <see cref="ChangeFeedEntry"/> in the same transaction.
/// </summary>
public interface IFeedsChanges
{
    Guid Id { get; }
}

/// <summary>One changed record: its kind (the CLR type's name) and id. Readers reload the record; they never trust
/// what it was.</summary>
public sealed class ChangeFeedEntry
{
    private ChangeFeedEntry() { }

    public ChangeFeedEntry(string kind, Guid entityId, DateTime atUtc) => (Kind, EntityId, AtUtc) = (kind, entityId, atUtc);

    public long Id { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public DateTime AtUtc { get; private set; }

    /// <summary>Appends an entry for every added, changed or deleted <see cref="IFeedsChanges"/> record.</summary>
    internal static void Record(YincaiDb db)
    {
        var entries = db.ChangeTracker.Entries<IFeedsChanges>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entries.Count == 0) return;
        var now = db.Clock.GetUtcNow().UtcDateTime;
        db.ChangeFeed.AddRange(entries.Select(e => new ChangeFeedEntry(e.Metadata.ClrType.Name, e.Entity.Id, now)));
    }
}

internal sealed class ChangeFeedEntryConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> b)
    {
        b.ToTable("platform_change_feed").IsNotAudited();
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasMaxLength(64);
        b.HasIndex(e => e.AtUtc);
    }
}
