namespace Yincai.Modules.Audit;

/// <summary>Audit rows written but not chained yet: all of them, those older than <see cref="Within"/> (a finding: the sealer
/// is not running or is stuck), and when the oldest was written.</summary>
public sealed record AuditUnsealed(long Count, long Overdue, DateTime? OldestAtUtc, TimeSpan Within)
{
    public static readonly AuditUnsealed None = new(0, 0, null, TimeSpan.Zero);
}
