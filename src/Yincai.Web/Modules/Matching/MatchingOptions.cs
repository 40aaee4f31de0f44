using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.Modules.Matching;

/// <summary>Configuration section <c>Matching</c>; README.md in this folder explains each default.</summary>
public sealed class MatchingOptions : IValidatableObject
{
    public MatchWeights Weights { get; set; } = new();

    /// <summary>
    /// Cities and counties counted as less developed areas (欠发达地区), whose enterprises PhDs are matched with first
    /// (ENT-07). The notice names no list; the default is the five cities of Shandong's west and south-west that the
    /// province's 2021 plans single out for catching up, and the province sets its own list here.
    /// </summary>
    public List<string> LessDevelopedRegions { get; set; } = ["370400", "371300", "371400", "371500", "371700"];

    /// <summary>How often each running copy reads the change feed; changes show within twice this.</summary>
    [Range(50, 10_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>
    /// A talent other modules ask to be matched first (<see cref="Contracts.IPriorityTalents"/>: ambassadors who want to come
    /// back, AMB-12) is put at the top of a job's talents when scoring at least this; below it the fit is too weak to
    /// recommend anyone first.
    /// </summary>
    [Range(0, 100)]
    public float PriorityMinScore { get; set; } = 50;

    /// <summary>The pause after the first failed build of the index; it doubles after each further failure.</summary>
    [Range(10, 600_000)]
    public int RetryFirstMilliseconds { get; set; } = 2_000;

    /// <summary>The longest pause between build attempts (five minutes): a database back after an outage is noticed soon.</summary>
    [Range(10, 3_600_000)]
    public int RetryMaxMilliseconds { get; set; } = 300_000;

    /// <summary>How long a page waits for the first build before it says matching is being prepared.</summary>
    [Range(0, 60_000)]
    public int ReadyWaitMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// A file of the index (a directory shared by the copies, or each copy's own disk), read at start instead of the rows
    /// and caught up from the change feed; one copy at a time rewrites it every <see cref="SnapshotMinutes"/>. Empty: no
    /// snapshot, every copy builds from rows.
    /// </summary>
    public string? SnapshotPath { get; set; }

    /// <summary>How often the snapshot is written (by whichever copy gets to it first). It must stay younger than the
    /// change feed (two days) to be of use; older ones are ignored.</summary>
    [Range(1, 24 * 60)]
    public int SnapshotMinutes { get; set; } = 10;

    /// <summary>
    /// The base address of the copy that holds the talent side of the index (say <c>http://matching:8080</c>). Set, this copy
    /// keeps only jobs, demands and projects in memory and asks that copy for a job's talents; empty (the default), this copy
    /// holds talents too. README: "The talent side in one copy".
    /// </summary>
    [Url]
    public string? TalentsUrl { get; set; }

    /// <summary>The key the copies share for <see cref="TalentsUrl"/> (at least 32 characters, from the secret store): the copy
    /// holding talents answers only a caller that sends it, and nobody when it has none.</summary>
    [MinLength(32)]
    public string? TalentsKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TalentsUrl is { Length: > 0 } && TalentsKey is not { Length: > 0 })
            yield return new ValidationResult("Matching:TalentsUrl needs Matching:TalentsKey.", [nameof(TalentsKey)]);
    }

    /// <summary>How many matches a page or the API shows.</summary>
    [Range(1, 100)]
    public int Take { get; set; } = 20;

    /// <summary>The weekly talent digest goes out from this day at <see cref="DigestHour"/> (China time) and lists what was new in the
    /// week before; Monday morning, the start of a working week.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The hour (China time) of <see cref="DigestDay"/> from which the digest goes out: office hours, not the small hours.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 8;

    /// <summary>How many of the week's new jobs a digest lists at most.</summary>
    [Range(1, 20)]
    public int DigestJobs { get; set; } = 5;

    /// <summary>A new job is in a talent's digest only when it scores at least this for them: the fit below which matching recommends
    /// nobody first (<see cref="PriorityMinScore"/>).</summary>
    [Range(0, 100)]
    public float DigestMinScore { get; set; } = 50;

    /// <summary>Talents read, told and saved together in the digest round.</summary>
    [Range(10, 10_000)]
    public int DigestPageSize { get; set; } = 1_000;

    /// <summary>How often the digest round looks for a week's digests still to send.</summary>
    [Range(1, 1440)]
    public int DigestPollMinutes { get; set; } = 30;
}
