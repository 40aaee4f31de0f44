using System.Globalization;
using System.Text;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching.Digests;

/// <summary>
/// One week of the talent digest: the week runs from one digest moment (<see cref="MatchingOptions.DigestDay"/> at
/// <see cref="MatchingOptions.DigestHour"/>, China time) to the next, and its digests list what was new in the week before it (jobs
/// and events published, policies issued), so that one week's digest neither misses nor repeats what the last one listed. For each
/// talent: the new jobs matching ranks for them (the week's new jobs only, in an index of their own), the new events of their city
/// meant for people like them, the new policies of their region.
/// </summary>
public sealed class DigestWeek(DateTime startsAtUtc, DateOnly today, MatchIndex jobs, FitScorer scorer, IReadOnlyList<PublishedEvent> events,
    IReadOnlyList<PolicyDocument> policies)
{
    public const int MaxEvents = 5, MaxPolicies = 5;

    /// <summary>What a digest's list may hold: the rest of the message's values (the unsubscribe link) must fit beside it.</summary>
    public const int MaxText = 1990;

    private readonly Dictionary<Guid, JobCardForMatch?> _cards = [];

    /// <summary>This week's digest moment: whoever got a digest since has had this week's.</summary>
    public DateTime StartsAtUtc => startsAtUtc;

    /// <summary>The previous digest moment: what is new was published from here to <see cref="StartsAtUtc"/>.</summary>
    public DateTime NewSinceUtc => startsAtUtc - TimeSpan.FromDays(7);

    public DateOnly Today => today;

    public IReadOnlyList<PublishedEvent> Events => events;

    public IReadOnlyList<PolicyDocument> Policies => policies;

    /// <summary>Nothing new at all: nobody gets a digest this week.</summary>
    public bool IsEmpty => jobs.JobCount == 0 && events.Count == 0 && policies.Count == 0;

    /// <summary>The digest moment of the week holding <paramref name="nowUtc"/>: the latest <paramref name="day"/> at
    /// <paramref name="hour"/>:00 in China not after it.</summary>
    public static DateTime StartUtc(DateTime nowUtc, DayOfWeek day, int hour)
    {
        var china = ChinaClock.ToChina(nowUtc);
        var date = DateOnly.FromDateTime(china);
        var moment = date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7)).ToDateTime(new TimeOnly(hour, 0));
        if (moment > china) moment = moment.AddDays(-7);
        return ChinaClock.ToUtc(moment);
    }

    /// <summary>The week's new jobs that score at least <paramref name="minScore"/> for the talent, best first.</summary>
    public IReadOnlyList<Guid> JobsFor(TalentFeatures talent, float minScore, int take) =>
        jobs.JobCount == 0 ? [] : jobs.JobsFor(talent, scorer, take).Where(r => r.Score >= minScore).Select(r => r.Item.Id).ToList();

    /// <summary>The week's new events in the talent's city (where they are registered or live now), or the province's, meant for
    /// everyone or for a group they are in; soonest first.</summary>
    public IReadOnlyList<PublishedEvent> EventsFor(TalentWithAccount talent) =>
        events.Where(e => IsFor(e.Audience, talent.Categories, talent.Row.HighestDegree)
                && (InCity(e.RegionCode, talent.Row.RegionCode) || InCity(e.RegionCode, talent.CurrentRegionCode)))
            .Take(MaxEvents).ToList();

    /// <summary>The week's new policies that apply where the talent is registered or lives now.</summary>
    public IReadOnlyList<PolicyDocument> PoliciesFor(TalentWithAccount talent) =>
        policies.Where(p => PolicyCatalog.AppliesIn(p.RegionCode, talent.Row.RegionCode)
                || (RegionScope.IsRegionCode(talent.CurrentRegionCode) && PolicyCatalog.AppliesIn(p.RegionCode, talent.CurrentRegionCode)))
            .Take(MaxPolicies).ToList();

    /// <summary>Whether an event of <paramref name="eventRegion"/> is one a person of <paramref name="region"/> may go to: the province's,
    /// their city's and its counties'.</summary>
    public static bool InCity(string eventRegion, string? region) =>
        RegionScope.IsRegionCode(region) && RegionScope.IsRegionCode(eventRegion)
        && PolicyCatalog.AppliesIn(eventRegion, region!.EndsWith("0000", StringComparison.Ordinal) ? region : region[..4] + "00");

    /// <summary>Whether an event for <paramref name="audience"/> is for this talent. The ambassadors' events are in their own digest.</summary>
    public static bool IsFor(EventAudience audience, TalentCategory categories, DegreeLevel degree) => audience switch
    {
        EventAudience.All => true,
        EventAudience.Graduates => (categories & (TalentCategory.Graduate | TalentCategory.UnemployedGraduate)) != 0,
        EventAudience.Returnees => categories.HasFlag(TalentCategory.OverseasReturnee),
        EventAudience.Phds => degree == DegreeLevel.Doctorate,
        EventAudience.Students => categories.HasFlag(TalentCategory.Student),
        _ => false,
    };

    /// <summary>The cards of these jobs still open, read once a week whoever they are listed for.</summary>
    public IEnumerable<Guid> WithoutCards(IEnumerable<Guid> jobIds) => jobIds.Where(id => !_cards.ContainsKey(id)).Distinct();

    public void AddCards(IEnumerable<Guid> asked, IReadOnlyDictionary<Guid, JobCardForMatch> found)
    {
        foreach (var id in asked) _cards[id] = found.GetValueOrDefault(id);
    }

    /// <summary>The card of a job still open; null when it closed since it was published.</summary>
    public JobCardForMatch? Card(Guid jobId) => _cards.GetValueOrDefault(jobId);

    /// <summary>
    /// The list of a digest: one line an item, jobs first, then events (with their start, China time), then policies, each with the
    /// address of its page. Names, times and addresses only, so that it reads the same in either language. An item that would take
    /// the list past <see cref="MaxText"/> is left out; the counts are of what it lists.
    /// </summary>
    public static DigestText Text(IReadOnlyList<JobCardForMatch> jobs, IReadOnlyList<PublishedEvent> events, IReadOnlyList<PolicyDocument> policies,
        Func<string, string> linkTo)
    {
        var text = new StringBuilder();
        int Add<T>(IEnumerable<T> items, Func<T, string> line)
        {
            var added = 0;
            foreach (var item in items)
            {
                var next = line(item);
                if (text.Length + next.Length + 1 > MaxText) continue;
                text.Append(next).Append('\n');
                added++;
            }
            return added;
        }
        var j = Add(jobs, job => $"· {job.Title}（{job.EmployerName}） {linkTo("/Jobs/View?id=" + job.Id)}");
        var e = Add(events, item => $"· {item.Title}（{ChinaClock.ToChina(item.StartsAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}） "
            + linkTo("/Events/View?id=" + item.Id));
        var p = Add(policies, policy => $"· {policy.Title} {linkTo("/Policies/View?id=" + Uri.EscapeDataString(policy.Id))}");
        return new DigestText(text.ToString().TrimEnd(), j, e, p);
    }
}
