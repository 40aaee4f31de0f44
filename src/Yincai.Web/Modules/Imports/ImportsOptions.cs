using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Imports;

/// <summary>The "Imports" configuration section.</summary>
public sealed class ImportsOptions
{
    /// <summary>Largest upload; a 100,000-row talent file written by Excel is some 8 MB.</summary>
    [Range(1, 100)] public int MaxFileMegabytes { get; set; } = 30;

    /// <summary>
    /// The unpacked size a workbook may declare. Above SECURITY.md's 100 MB because 100,000 rows written with
    /// inline strings unpack to about that; the compression-ratio and part-count caps still stop zip bombs.
    /// </summary>
    [Range(1, 2000)] public int MaxUnpackedMegabytes { get; set; } = 300;

    [Range(1, 1_000_000)] public int MaxRows { get; set; } = 100_000;

    /// <summary>Rows per batch: one look-up of existing records, one save and one progress update each.</summary>
    [Range(10, 10_000)] public int BatchSize { get; set; } = 1_000;

    /// <summary>How often a copy of the app looks for imports queued by another copy.</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 5;

    /// <summary>A running import silent this long was left by a process that died (PostgreSQL, several copies).</summary>
    [Range(1, 1440)] public int StaleAfterMinutes { get; set; } = 5;

    /// <summary>For tests only: the commit fails after this many rows, as if the process had died there.</summary>
    public int? FailAfterRows { get; set; }
}
