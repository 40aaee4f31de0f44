using System.Linq.Expressions;
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

    /// <summary>How long entries are kept (pruned by MatchingSync): a reader that stopped longer ago rebuilds from rows.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

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

/// <summary>
/// A reader's place in the change feed. On PostgreSQL an id can become visible after a higher one (transactions commit
/// out of order): ids skipped over are kept as gaps and asked for again until they appear or are older than
/// <paramref name="gapLifetime"/> (a rolled-back transaction's never do). Not thread-safe: one reader owns it.
/// </summary>
public sealed class ChangeFeedCursor(TimeSpan gapLifetime, int maxGaps = int.MaxValue)
{
    private List<(long From, long To, DateTime Seen)> _gaps = [];

    /// <summary>The highest id read.</summary>
    public long Position { get; private set; }

    public IReadOnlyList<(long From, long To)> Gaps => _gaps.Select(g => (g.From, g.To)).ToList();

    /// <summary>Starts (or restarts) at <paramref name="position"/>, with the gaps a snapshot kept.</summary>
    public void MoveTo(long position, IEnumerable<(long From, long To)>? gaps, DateTime now)
    {
        Position = position;
        _gaps = (gaps ?? []).Select(g => (g.From, g.To, now)).ToList();
    }

    /// <summary>Reads up to <paramref name="take"/> entries not seen yet, in id order, and moves past them.</summary>
    public async Task<List<ChangeFeedEntry>> ReadAsync(YincaiDb db, int take, DateTime now, CancellationToken cancellationToken)
    {
        _gaps.RemoveAll(g => now - g.Seen > gapLifetime);
        var entries = await db.ChangeFeed.AsNoTracking().Where(Unseen()).OrderBy(e => e.Id).Take(take).ToListAsync(cancellationToken);
        foreach (var e in entries)
        {
            if (e.Id > Position)
            {
                if (e.Id > Position + 1) _gaps.Add((Position + 1, e.Id - 1, now));
                Position = e.Id;
            }
            else CloseGap(e.Id);
        }
        if (_gaps.Count > maxGaps) _gaps.RemoveRange(0, _gaps.Count - maxGaps);
        return entries;
    }

    /// <summary>Where the cursor is, to go back to with <see cref="Restore"/> when what was read could not be applied.</summary>
    public (long Position, List<(long From, long To, DateTime Seen)> Gaps) Mark() => (Position, _gaps.ToList());

    public void Restore((long Position, List<(long From, long To, DateTime Seen)> Gaps) mark) => (Position, _gaps) = (mark.Position, mark.Gaps.ToList());

    private Expression<Func<ChangeFeedEntry, bool>> Unseen()
    {
        var last = Position;
        // Without gaps (the usual case) one parameterised query, compiled once.
        if (_gaps.Count == 0) return e => e.Id > last;
        var e = Expression.Parameter(typeof(ChangeFeedEntry), "e");
        var id = Expression.Property(e, nameof(ChangeFeedEntry.Id));
        Expression body = Expression.GreaterThan(id, Expression.Constant(last));
        foreach (var (from, to, _) in _gaps)
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.GreaterThanOrEqual(id, Expression.Constant(from)), Expression.LessThanOrEqual(id, Expression.Constant(to))));
        return Expression.Lambda<Func<ChangeFeedEntry, bool>>(body, e);
    }

    private void CloseGap(long id)
    {
        var i = _gaps.FindIndex(g => g.From <= id && id <= g.To);
        if (i < 0) return;
        var (from, to, seen) = _gaps[i];
        _gaps.RemoveAt(i);
        if (from < id) _gaps.Add((from, id - 1, seen));
        if (id < to) _gaps.Add((id + 1, to, seen));
    }
}
