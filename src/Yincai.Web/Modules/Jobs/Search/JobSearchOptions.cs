using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Jobs.Search;

/// <summary>Configuration section <c>Jobs:Search</c>: the keyword index of the public job search (<see cref="JobKeywordIndex"/>).</summary>
public sealed class JobSearchOptions
{
    public const string Section = "Jobs:Search";

    /// <summary>Off: keyword searches are answered by the database alone (pg_trgm on PostgreSQL, LIKE on SQLite).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A folder of this copy's own to keep the index in, so that a restart catches up from the change feed instead
    /// of reading every published job again (a minute at a million). Empty: in memory, built at each start. Two copies never
    /// share a folder (the second keeps its index in memory and says so in the log).</summary>
    public string? IndexPath { get; set; }

    /// <summary>How often the change feed is read: a job saved on another copy is found here within about this long.</summary>
    [Range(50, 10_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>How often changes are written to <see cref="IndexPath"/> (a restart reads the feed from the last write).</summary>
    [Range(1, 3_600)]
    public int CommitSeconds { get; set; } = 60;
}
