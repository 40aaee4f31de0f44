using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching.Digests;

/// <summary>
/// The steps of <see cref="TalentDigests"/>: what a week holds, then one page of talents at a time, each page in its own unit of work
/// (on PostgreSQL one transaction under an advisory lock, so that two copies of the app never tell the same page at once).
/// </summary>
public sealed class TalentDigestRound(YincaiDb db, MatchIndex index, MatchingSync sync, FeatureMapper mapper, MatchableTalents talents,
    MatchablePostings postings, PublishedEvents events, PolicyCatalog policies, DigestSubscriptions digests, Notifier notifier,
    IEnumerable<IOwnDigestReaders> ownDigests, ChinaClock clock, IOptions<MatchingOptions> options)
{
    /// <summary>The advisory lock of the digest pages ("YCDG").</summary>
    public const long PageLock = 0x5943_4447;

    /// <summary>A week's new events across the province are far fewer; the cap only bounds what one round holds.</summary>
    public const int MaxEventsInWeek = 5_000;

    /// <summary>The week that began at <paramref name="startsAtUtc"/>, with what was new in the week before it; null while matching is
    /// being prepared (the next round tries again).</summary>
    public async Task<DigestWeek?> WeekAsync(DateTime startsAtUtc, CancellationToken cancellationToken)
    {
        var since = startsAtUtc - TimeSpan.FromDays(7);
        var today = clock.Today;
        var jobIds = await postings.PublishedBetweenAsync(today, since, startsAtUtc, cancellationToken);
        if (jobIds.Count > 0 && !await sync.TryWaitReadyAsync(cancellationToken)) return null;
        // The week's new jobs in an index of their own: the same ranking as the talent's matches, over these jobs only.
        // One thread a query: a round ranks for many talents, one after another, beside the site's own queries.
        var jobs = new MatchIndex(workers: 1);
        jobs.Load(jobIds.Select(index.Job).OfType<JobFeatures>(), [], [], []);
        var newEvents = await events.PublishedBetweenAsync(since, startsAtUtc, clock.UtcNow, MaxEventsInWeek, cancellationToken);
        var (from, until) = (ChinaClock.DateOf(since), ChinaClock.DateOf(startsAtUtc));
        var newPolicies = policies.Policies.Where(p => p.IssuedOn >= from && p.IssuedOn < until).ToList();
        return new DigestWeek(startsAtUtc, today, jobs, mapper.Scorer(today.Year), newEvents, newPolicies);
    }

    /// <summary>The next page of talents after <paramref name="after"/>: each not yet told this week, not getting a digest of their own
    /// elsewhere, and with something new for them, gets the digest (unless they unsubscribed); saved together.</summary>
    public async Task<DigestPage> PageAsync(DigestWeek week, Guid? after, CancellationToken cancellationToken)
    {
        var o = options.Value;
        await using var exclusive = await ExclusiveWork.BeginAsync(db, PageLock, cancellationToken);
        if (exclusive.Busy) return new DigestPage(0, after, Busy: true);
        var page = await talents.WithAccountsAsync(after, o.DigestPageSize, cancellationToken);
        if (page.Count == 0) return new DigestPage(0, null, Busy: false);

        // Told since the week began: by an earlier round of this week (stopped half-way), or by another digest (an ambassador's).
        var told = (await notifier.ToldSinceAsync(page.Select(t => t.UserId).ToList(), NotificationKinds.Digest, week.StartsAtUtc, cancellationToken))
            .ToHashSet();
        var ids = page.Select(t => t.Row.Id).ToList();
        var elsewhere = new HashSet<Guid>();
        foreach (var source in ownDigests) elsewhere.UnionWith(await source.AmongAsync(ids, cancellationToken));
        var due = page.Where(t => !told.Contains(t.UserId) && !elsewhere.Contains(t.Row.Id))
            .Select(t => (Talent: t, Jobs: week.JobsFor(mapper.Talent(t.Row), o.DigestMinScore, o.DigestJobs))).ToList();
        // The cards of the page's jobs in one query (a job listed for many is read once a week).
        var missing = week.WithoutCards(due.SelectMany(d => d.Jobs)).ToList();
        if (missing.Count > 0) week.AddCards(missing, await postings.PublishedJobCardsAsync(week.Today, missing, cancellationToken));

        var sent = 0;
        foreach (var (talent, jobIds) in due)
        {
            var text = DigestWeek.Text(jobIds.Select(week.Card).OfType<JobCardForMatch>().ToList(), week.EventsFor(talent), week.PoliciesFor(talent),
                digests.LinkTo);
            if (text.IsEmpty) continue;
            if (await digests.SendAsync(talent.UserId, text.Jobs, text.Events, text.Policies, text.Text, "/Matching", cancellationToken)) sent++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await exclusive.CommitAsync(cancellationToken);
        return new DigestPage(sent, page.Count < o.DigestPageSize ? null : page[^1].Row.Id, Busy: false);
    }
}
