using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>Walks the audit trail in order and checks every link of the hash chain.</summary>
public sealed class AuditChain(YincaiDb db)
{
    private const int BatchSize = 2000;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        long expectedSequence = 1, checkedCount = 0;
        var previousHash = AuditEntry.GenesisHash;
        while (true)
        {
            var from = expectedSequence;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= from)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return AuditChainReport.Intact(checkedCount);

            foreach (var entry in batch)
            {
                if (entry.Sequence != expectedSequence)
                    return AuditChainReport.Broken(checkedCount, expectedSequence, AuditChainBreak.Missing);
                if (entry.PreviousHash != previousHash)
                    return AuditChainReport.Broken(checkedCount, entry.Sequence, AuditChainBreak.LinkMismatch);
                if (entry.ComputeHash() != entry.Hash)
                    return AuditChainReport.Broken(checkedCount, entry.Sequence, AuditChainBreak.ContentAltered);
                previousHash = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }
    }
}
