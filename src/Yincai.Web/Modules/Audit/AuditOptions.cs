using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Audit;

/// <summary>The "Audit" configuration section. The chain key itself (<c>Audit:ChainKey</c>) is read by
/// <see cref="AuditChainKey"/>, never bound here, so that it is not kept twice in memory.</summary>
public sealed class AuditOptions
{
    /// <summary>How often the head of the chain is written to the anchor store (also once at start).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan AnchorInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The append-only file of signed anchors. Development defaults to audit-anchors.log beside the SQLite
    /// file; every other environment must name one (on a volume the database's owner cannot write).</summary>
    public string? AnchorFile { get; set; }

    /// <summary>How many protected values (full ID numbers, disadvantaged groups) one person may reveal in a minute.</summary>
    [Range(1, 10_000)] public int RevealsPerMinute { get; set; } = 10;

    /// <summary>How many protected values one person may reveal in 24 hours.</summary>
    [Range(1, 100_000)] public int RevealsPerDay { get; set; } = 100;
}
