using System.ComponentModel.DataAnnotations;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Audit;

/// <summary>The "Audit" configuration section. The chain key itself (<c>Audit:ChainKey</c>) is read by
/// <see cref="AuditChainKey"/>, never bound here, so that it is not kept twice in memory.</summary>
public sealed class AuditOptions
{
    /// <summary>How often the head of the chain is written to the anchor store (also once at start).</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")] public TimeSpan AnchorInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often each copy's <see cref="AuditSealer"/> chains the audit rows written since (only one copy seals at a time).</summary>
    [TimeSpanRange("00:00:00.050", "1.00:00:00")] public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many rows are sealed in one transaction (an import's hundreds of thousands go in several).</summary>
    [Range(1, 1_000_000)] public int SealSlice { get; set; } = 5_000;

    /// <summary>Rows left unsealed longer than this are a finding of <c>audit verify</c> (the sealer is not running or is stuck).</summary>
    [TimeSpanRange("00:00:01", "7.00:00:00")] public TimeSpan SealWithin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The append-only file of signed anchors. Development defaults to audit-anchors.log beside the SQLite
    /// file; every other environment must name one (on a volume the database's owner cannot write).</summary>
    public string? AnchorFile { get; set; }

    /// <summary>How many protected values (full ID numbers, disadvantaged groups) one person may reveal in a minute.</summary>
    [Range(1, 10_000)] public int RevealsPerMinute { get; set; } = 10;

    /// <summary>How many protected values one person may reveal in 24 hours.</summary>
    [Range(1, 100_000)] public int RevealsPerDay { get; set; } = 100;
}
