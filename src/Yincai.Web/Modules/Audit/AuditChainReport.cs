namespace Yincai.Modules.Audit;

/// <summary>Outcome of a chain check: how many rows held, where the chain ends, where the first break is (if any), the
/// anchor it was held against and the anchor-store lines whose signature failed.</summary>
public sealed record AuditChainReport(long CheckedCount, long? BrokenAtSequence, AuditChainBreak? Break)
{
    /// <summary>The sequence of the chain's last row (0 for an empty chain).</summary>
    public long LastSequence { get; init; }

    /// <summary>The anchor the chain was held against: the latest in the store, or the one given.</summary>
    public StoredAuditAnchor? Anchor { get; init; }

    /// <summary>Lines of the anchor store whose signature does not verify: the store itself was tampered with.</summary>
    public IReadOnlyList<int> BadAnchorLines { get; init; } = [];

    /// <summary>The rows outside the chain because the sealer has not reached them (yet).</summary>
    public AuditUnsealed Unsealed { get; init; } = AuditUnsealed.None;

    public bool IsIntact => BrokenAtSequence is null && BadAnchorLines.Count == 0;

    /// <summary>Whether <c>audit verify</c> fails: a break, a tampered anchor, or rows left unsealed too long.</summary>
    public bool HasFindings => !IsIntact || Unsealed.Overdue > 0;

    public static AuditChainReport Intact(long count) => new(count, null, null) { LastSequence = count };

    public static AuditChainReport Broken(long count, long sequence, AuditChainBreak reason) => new(count, sequence, reason);

    /// <summary>The report in plain English for the console: what broke, where, and what that means.</summary>
    public string Describe()
    {
        var lines = new List<string>();
        var anchor = Anchor switch
        {
            null => "no anchor",
            { Line: 0 } given => $"anchor {given.Anchor.Sequence} given",
            var stored => $"anchor {stored.Anchor.Sequence} written {stored.WrittenAtUtc:yyyy-MM-dd HH:mm:ss} UTC",
        };
        lines.Add(Break switch
        {
            null => $"Audit chain intact: {CheckedCount} entries verified with the chain key, ending at {LastSequence}; {anchor}"
                    + (Anchor is null ? " (truncation cannot be checked)." : " matches."),
            AuditChainBreak.Truncated =>
                $"Audit chain TRUNCATED: chain ends at {LastSequence} but anchor says {Anchor?.Anchor.Sequence} ({anchor}): the newest rows were deleted.",
            AuditChainBreak.Missing => $"Audit chain BROKEN at entry {BrokenAtSequence}: the entry is missing (deleted); {CheckedCount} entries before it verified.",
            AuditChainBreak.LinkMismatch => $"Audit chain BROKEN at entry {BrokenAtSequence}: it does not link to the entry before it (rows replaced); {CheckedCount} entries before it verified.",
            AuditChainBreak.ContentAltered => $"Audit chain BROKEN at entry {BrokenAtSequence}: REWRITTEN, its hash does not verify under the chain key (the row was edited, its hash recomputed without the key); {CheckedCount} entries before it verified.",
            AuditChainBreak.AnchorMismatch => $"Audit chain BROKEN at entry {BrokenAtSequence}: it differs from the {anchor} (the chain was replaced); {CheckedCount} entries before it verified.",
            AuditChainBreak.Forged => $"Audit chain BROKEN at entry {BrokenAtSequence}: FORGED, a row after the {anchor} whose hash does not verify under the chain key; {CheckedCount} entries before it verified.",
            _ => $"Audit chain BROKEN at entry {BrokenAtSequence} ({Break}).",
        });
        lines.AddRange(BadAnchorLines.Select(l => $"Anchor store TAMPERED: line {l} has a bad signature (not written with the chain key)."));
        if (Unsealed.Overdue > 0)
            lines.Add($"UNSEALED: {Unsealed.Overdue} of {Unsealed.Count} audit rows not yet in the chain were written more than {Unsealed.Within} ago "
                      + $"(oldest {Unsealed.OldestAtUtc:yyyy-MM-dd HH:mm:ss} UTC): the sealer is not running or is stuck, and these rows have no tamper evidence yet.");
        else if (Unsealed.Count > 0)
            lines.Add($"{Unsealed.Count} audit rows written within the last {Unsealed.Within} are not sealed yet (the sealer chains them within seconds).");
        return string.Join(Environment.NewLine, lines);
    }
}
