using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>
/// Walks the audit trail in order and checks every link of the keyed hash chain. The chain alone cannot show that its
/// newest rows were cut off; the signed anchors of <see cref="AuditAnchorLog"/> (written by <see cref="AuditAnchorWriter"/>
/// outside the database) can: <see cref="VerifyWithAnchorsAsync"/> holds the chain against the latest of them. Rows not
/// sealed yet (<see cref="AuditSealer"/>) are outside the chain; those older than <c>Audit:SealWithin</c> are reported.
/// </summary>
public sealed class AuditChain(YincaiDb db, AuditChainKey key, AuditAnchorLog anchors, IOptions<AuditOptions> options, TimeProvider clock)
{
    private const int BatchSize = 2000;

    public async Task<AuditAnchor?> HeadAsync(CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new AuditAnchor(a.Sequence!.Value, a.Hash!)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The rows not sealed yet: how many, and how many of them were written longer than <c>Audit:SealWithin</c> ago.</summary>
    /// <param name="countCap">Stop counting past this many (a page); null counts them all (verify, which reads every row anyway).</param>
    public async Task<AuditUnsealed> UnsealedAsync(CancellationToken cancellationToken, int? countCap = null)
    {
        var within = options.Value.SealWithin;
        var overdueBefore = clock.GetUtcNow().UtcDateTime - within;
        var unsealed = db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null);
        Task<long> Count(IQueryable<AuditEntry> rows) =>
            countCap is { } cap ? rows.Take(cap + 1).LongCountAsync(cancellationToken) : rows.LongCountAsync(cancellationToken);
        var count = await Count(unsealed);
        if (count == 0) return new AuditUnsealed(0, 0, null, within);
        var overdue = await Count(unsealed.Where(a => a.OccurredAtUtc < overdueBefore));
        var oldest = await unsealed.MinAsync(a => (DateTime?)a.OccurredAtUtc, cancellationToken);
        return new AuditUnsealed(count, overdue, oldest, within);
    }

    /// <summary>What <c>audit verify</c> and the auditor's button run: the whole chain under the key, held against every
    /// anchor of the store (and <paramref name="given"/>), so that it must reach at least the latest one.</summary>
    public async Task<AuditChainReport> VerifyWithAnchorsAsync(CancellationToken cancellationToken, AuditAnchor? given = null)
    {
        var read = await anchors.ReadAsync(cancellationToken);
        var known = read.Anchors.ToList();
        if (given is not null) known.Add(new StoredAuditAnchor(given, default, 0));
        var report = await WalkAsync(known, cancellationToken);
        return report with { BadAnchorLines = read.BadLines, Unsealed = await UnsealedAsync(cancellationToken) };
    }

    /// <summary>The chain alone, or held against one anchor; no anchor store.</summary>
    public Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken, AuditAnchor? anchor = null) =>
        WalkAsync(anchor is null ? [] : [new StoredAuditAnchor(anchor, default, 0)], cancellationToken);

    private async Task<AuditChainReport> WalkAsync(IReadOnlyList<StoredAuditAnchor> known, CancellationToken cancellationToken)
    {
        var latest = known.Count == 0 ? null : known.MaxBy(a => a.Anchor.Sequence);
        // Two anchors at one sequence with different hashes cannot both hold; the first mismatch is reported.
        var vouched = known.ToLookup(a => a.Anchor.Sequence);
        long expectedSequence = 1, checkedCount = 0;
        var previousHash = AuditEntry.GenesisHash;
        while (true)
        {
            var from = expectedSequence;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= from)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return latest is not null && latest.Anchor.Sequence >= expectedSequence
                    ? AuditChainReport.Broken(checkedCount, expectedSequence, AuditChainBreak.Truncated) with { LastSequence = expectedSequence - 1, Anchor = latest }
                    : AuditChainReport.Intact(checkedCount) with { LastSequence = expectedSequence - 1, Anchor = latest };

            foreach (var entry in batch)
            {
                AuditChainBreak? broken = null;
                if (entry.Sequence != expectedSequence) return Broken(checkedCount, expectedSequence, AuditChainBreak.Missing, latest);
                if (entry.PreviousHash != previousHash) broken = AuditChainBreak.LinkMismatch;
                else if (!key.Verifies(entry.Canonical(), entry.Hash ?? ""))
                    broken = latest is not null && entry.Sequence > latest.Anchor.Sequence && !await AnyVerifiesAfterAsync(expectedSequence, cancellationToken)
                        ? AuditChainBreak.Forged
                        : AuditChainBreak.ContentAltered;
                else if (vouched[expectedSequence].Any(a => a.Anchor.Hash != entry.Hash)) broken = AuditChainBreak.AnchorMismatch;
                if (broken is { } reason) return Broken(checkedCount, expectedSequence, reason, latest);
                previousHash = entry.Hash!;
                expectedSequence++;
                checkedCount++;
            }
        }
    }

    /// <summary>Whether the app wrote any row after <paramref name="sequence"/>: then the row there was the app's, and was
    /// rewritten; when no later row verifies either, the rows from there on were appended by someone without the key.</summary>
    private async Task<bool> AnyVerifiesAfterAsync(long sequence, CancellationToken cancellationToken)
    {
        var from = sequence + 1;
        while (true)
        {
            var after = from;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= after)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return false;
            if (batch.Any(e => key.Verifies(e.Canonical(), e.Hash ?? ""))) return true;
            from = batch[^1].Sequence!.Value + 1;
        }
    }

    private static AuditChainReport Broken(long checkedCount, long sequence, AuditChainBreak reason, StoredAuditAnchor? latest) =>
        AuditChainReport.Broken(checkedCount, sequence, reason) with { Anchor = latest };
}
