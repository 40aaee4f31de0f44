using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>
/// Walks the audit trail in order and checks every link of the hash chain. The chain alone cannot show that
/// its newest rows were cut off; an <see cref="AuditAnchor"/> kept outside the database (logged every hour by
/// <see cref="AuditHeadLogger"/>, shown to auditors) can.
/// </summary>
public sealed class AuditChain(YincaiDb db)
{
    private const int BatchSize = 2000;

    public async Task<AuditAnchor?> HeadAsync(CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new AuditAnchor(a.Sequence, a.Hash)).FirstOrDefaultAsync(cancellationToken);

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken, AuditAnchor? anchor = null)
    {
        long expectedSequence = 1, checkedCount = 0;
        var previousHash = AuditEntry.GenesisHash;
        while (true)
        {
            var from = expectedSequence;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= from)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return anchor is not null && anchor.Sequence >= expectedSequence
                    ? AuditChainReport.Broken(checkedCount, anchor.Sequence, AuditChainBreak.Missing)
                    : AuditChainReport.Intact(checkedCount);

            foreach (var entry in batch)
            {
                if (entry.Sequence != expectedSequence)
                    return AuditChainReport.Broken(checkedCount, expectedSequence, AuditChainBreak.Missing);
                if (entry.PreviousHash != previousHash)
                    return AuditChainReport.Broken(checkedCount, entry.Sequence, AuditChainBreak.LinkMismatch);
                if (entry.ComputeHash() != entry.Hash || (entry.Sequence == anchor?.Sequence && entry.Hash != anchor.Hash))
                    return AuditChainReport.Broken(checkedCount, entry.Sequence, AuditChainBreak.ContentAltered);
                previousHash = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }
    }
}
