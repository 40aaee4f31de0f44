namespace Yincai.Modules.Audit;

/// <summary>Outcome of a chain check: how many rows held, and where the first break is, if any.</summary>
public sealed record AuditChainReport(long CheckedCount, long? BrokenAtSequence, AuditChainBreak? Break)
{
    public bool IsIntact => BrokenAtSequence is null;

    public static AuditChainReport Intact(long count) => new(count, null, null);

    public static AuditChainReport Broken(long count, long sequence, AuditChainBreak reason) => new(count, sequence, reason);
}
