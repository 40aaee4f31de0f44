using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// Ranked, explained matches for whoever asks, with the checks of who may ask: a talent for themselves; an employer
/// for their own jobs and demands (verified employers only see talents); an officer for records of their region. The
/// index ranks; the owning modules then give what is shown, through the same filters as every other page (region
/// scope, consent, published), so an index a moment behind never shows what it should not.
/// </summary>
public sealed class Matches(YincaiDb db, MatchIndex index, MatchingSync sync, ITalentRanking ranking, FeatureMapper mapper, ReasonWriter writer,
    MatchablePostings postings, MatchableTalents talents, RegionDirectory regions, EmployerDirectory employers, Notifier notifier,
    IEnumerable<IPriorityTalents> priorities, IOptions<MatchingOptions> options, ChinaClock clock)
{
    private int Take => options.Value.Take;

    private FitScorer Scorer() => mapper.Scorer(clock.Today.Year);

    private DateOnly Today => clock.Today;

    /// <summary>Whether matching can answer now (<see cref="MatchingSync.TryWaitReadyAsync"/>); pages that get false say it
    /// is being prepared.</summary>
    public Task<bool> ReadyAsync(CancellationToken cancellationToken) => sync.TryWaitReadyAsync(cancellationToken);

    /// <summary>The talent record of a signed-in talent user.</summary>
    public Task<Guid?> TalentOfUserAsync(Guid userId, CancellationToken cancellationToken) => talents.OfUserAsync(userId, cancellationToken);

    /// <summary>Jobs and project demands for a talent (their own matches: consent to be found is not needed for this).</summary>
    public async Task<MatchesForTalent> ForTalentAsync(Guid talentId, int? take, CancellationToken cancellationToken, bool withDemands = true)
    {
        await sync.WaitReadyAsync(cancellationToken);
        var row = await talents.RowAsync(talentId, cancellationToken);
        if (row is null) return new([], []);
        var scorer = Scorer();
        var n = take ?? Take;
        var jobs = (await JobMatchesAsync([row], n, scorer, cancellationToken))[0];
        var demands = withDemands ? await DemandsAsync(mapper.Seeker(row), scorer, n, row.Skills, cancellationToken) : [];
        return new(jobs, demands);
    }

    /// <summary>
    /// "千名博士进企业" (ENT-07) for an officer: the PhDs of their scope who agreed to be found, newest first, each with
    /// the enterprises' jobs that fit them best, those in less developed areas first among equals.
    /// </summary>
    public async Task<PagedList<PhdMatches>> PhdsAsync(int page, CancellationToken cancellationToken)
    {
        var phds = await talents.FindablePhdsAsync(page, 10, cancellationToken);
        await sync.WaitReadyAsync(cancellationToken);
        var rows = await talents.FindableAsync(phds.Items.Select(t => t.Id).ToList(), cancellationToken);
        var listed = phds.Items.Where(t => rows.ContainsKey(t.Id)).ToList();
        // One query for the rows, one for the cards of every PhD's jobs, one for region names: not three a PhD.
        var jobs = await JobMatchesAsync(listed.Select(t => rows[t.Id]).ToList(), 3, Scorer(), cancellationToken);
        var items = listed.Select((t, i) => new PhdMatches(t.Id, t.MaskedName, t.SchoolName, t.MajorName, jobs[i])).ToList();
        return new PagedList<PhdMatches>(items, phds.Page, phds.PageSize, phds.Total, phds.TotalIsCapped);
    }

    /// <summary>The best published jobs for each of these talents of the officer's scope (consent not needed: nobody else
    /// sees them); talents out of scope or erased are absent.</summary>
    public async Task<Dictionary<Guid, List<JobMatch>>> BestJobsForAsync(IReadOnlyCollection<Guid> talentIds, int take, CancellationToken cancellationToken)
    {
        if (talentIds.Count == 0) return [];
        var rows = (await talents.RowsAsync(talentIds, cancellationToken)).Values.ToList();
        await sync.WaitReadyAsync(cancellationToken);
        var jobs = await JobMatchesAsync(rows, take, Scorer(), cancellationToken);
        return rows.Select((r, i) => (r.Id, Jobs: jobs[i])).ToDictionary(x => x.Id, x => x.Jobs);
    }

    /// <summary>The best published jobs for each talent, with reasons, in the order of <paramref name="rows"/>.</summary>
    private async Task<List<List<JobMatch>>> JobMatchesAsync(IReadOnlyList<TalentRow> rows, int take, FitScorer scorer,
        CancellationToken cancellationToken)
    {
        // Jobs applied for (or hired for) are not recommended again: asked for that many more, then left out.
        var applied = await postings.AppliedByTalentAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var ranked = rows.Select(row =>
        {
            var talent = mapper.Talent(row);
            var skip = applied.GetValueOrDefault(row.Id);
            var found = index.JobsFor(talent, scorer, take + Math.Min(skip?.Count ?? 0, 200));
            return (Row: row, Talent: talent, Jobs: skip is null ? found : found.Where(r => !skip.Contains(r.Item.Id)).Take(take).ToList());
        }).ToList();
        var shown = await postings.PublishedJobCardsAsync(Today, ranked.SelectMany(x => x.Jobs.Select(r => r.Item.Id)).Distinct().ToList(),
            cancellationToken);
        var picked = ranked.Select(x => x.Jobs.Where(r => shown.ContainsKey(r.Item.Id))
            .Select(r => (r, Reasons: scorer.Explain(x.Talent, r.Item, x.Row.Skills, shown[r.Item.Id].Tags))).ToList()).ToList();
        var names = await RegionNamesAsync(picked.SelectMany(p => p.SelectMany(x => ReasonWriter.RegionCodes(x.Reasons)))
            .Concat(shown.Values.Select(j => j.RegionCode)), cancellationToken);
        return picked.Select(p => p.Select(x =>
        {
            var j = shown[x.r.Item.Id];
            return new JobMatch(j.Id, j.Title, j.EmployerName, j.RegionCode, names.GetValueOrDefault(j.RegionCode, j.RegionCode), j.Type,
                j.SalaryMinYuan, j.SalaryMaxYuan, Round(x.r.Score), writer.Write(x.Reasons, names));
        }).ToList()).ToList();
    }

    /// <summary>
    /// Talents for a job: for a member of the job's verified employer, or an officer whose scope holds the job (and who
    /// then sees only talents of that scope). Null when the job is not theirs to ask about (the page answers 404).
    /// Priority talents (<see cref="IPriorityTalents"/>) who fit well enough come first, with their reason.
    /// </summary>
    public async Task<IReadOnlyList<TalentMatch>?> ForJobAsync(Guid jobId, CurrentUser user, CancellationToken cancellationToken)
    {
        var job = await JobForAsync(jobId, user, cancellationToken);
        if (job is null) return null;
        await sync.WaitReadyAsync(cancellationToken);
        var features = mapper.Job(job);
        var scorer = Scorer();
        var scope = user.IsInRole(Roles.Officer) ? db.Scope.Prefix : null;
        // A few more than shown: a talent who withdrew consent a moment ago is still in the index until the next poll.
        var found = await ranking.TalentsForAsync(features, Take + 5, scope, cancellationToken);
        var priority = await PriorityAsync(cancellationToken);
        // The talents' features from their rows, read through the region filter: the index that ranked them may be another copy's.
        var rows = await talents.FindableAsync(found.Select(r => r.Item).Union(priority.Keys).ToList(), cancellationToken);
        var ranked = PriorityFirst(found.Where(r => rows.ContainsKey(r.Item)).Select(r => new Scored<TalentFeatures>(mapper.Talent(rows[r.Item]), r.Score)),
            priority.Keys, t => t.Id, id => rows.TryGetValue(id, out var row) && mapper.Talent(row) is var t && t.InScope(scope) ? t : null,
            t => scorer.Score(t, features));
        var ids = ranked.Select(r => r.Item.Id).ToList();
        var shown = await talents.FindableCardsAsync(ids, cancellationToken);
        var recommended = await db.MatchRecommendations.AsNoTracking().Where(r => r.JobId == jobId && ids.Contains(r.TalentId))
            .Select(r => r.TalentId).ToListAsync(cancellationToken);
        var picked = ranked.Where(r => shown.ContainsKey(r.Item.Id)).Take(Take)
            .Select(r => (r, Reasons: scorer.Explain(r.Item, features, shown[r.Item.Id].Skills, job.Tags))).ToList();
        var names = await RegionNamesAsync(picked.SelectMany(x => ReasonWriter.RegionCodes(x.Reasons)), cancellationToken);
        return picked.Select(x =>
        {
            var t = shown[x.r.Item.Id];
            return new TalentMatch(t.Id, t.MaskedName, t.Degree, t.SchoolName, t.MajorName, t.GraduationYear,
                t.Skills.Take(8).ToList(), Round(x.r.Score), writer.Write(x.Reasons, names), recommended.Contains(t.Id),
                x.r.Score >= options.Value.PriorityMinScore ? priority.GetValueOrDefault(t.Id) : null);
        }).ToList();
    }

    /// <summary>
    /// <paramref name="ranked"/> with the priority items (<see cref="IPriorityTalents"/>) that score at least
    /// <see cref="MatchingOptions.PriorityMinScore"/> first, those from outside it added: scored one by one (a few hundred).
    /// </summary>
    private List<Scored<T>> PriorityFirst<T>(IEnumerable<Scored<T>> ranked, IEnumerable<Guid> priorityIds, Func<T, Guid> idOf,
        Func<Guid, T?> find, Func<T, float> score) where T : class
    {
        var min = options.Value.PriorityMinScore;
        var all = ranked.ToList();
        var wanted = priorityIds.ToHashSet();
        var listed = all.Select(r => idOf(r.Item)).ToHashSet();
        foreach (var id in wanted.Where(id => !listed.Contains(id)))
            if (find(id) is { } item && score(item) is var s && s >= min)
                all.Add(new Scored<T>(item, s));
        return all.OrderByDescending(r => r.Score >= min && wanted.Contains(idOf(r.Item))).ThenByDescending(r => r.Score)
            .ThenBy(r => idOf(r.Item)).ToList();
    }

    private async Task<Dictionary<Guid, string>> PriorityAsync(CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, string>();
        foreach (var source in priorities)
            foreach (var p in await source.ListAsync(cancellationToken))
                found.TryAdd(p.TalentId, p.Reason);
        return found;
    }

    /// <summary>
    /// An officer recommends a matched talent for a job of their region: recorded as a service, and both the employer's
    /// users and the talent are told. The talent must be one the officer may see (consenting, in scope); recommending
    /// twice changes nothing.
    /// </summary>
    public async Task<Result> RecommendAsync(Guid jobId, Guid talentId, string? note, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Officer) || user.Id is not { } officerId) return MatchingErrors.NotFound;
        var job = await postings.InScopeAsync(jobId, cancellationToken);
        if (job is null) return MatchingErrors.NotFound;
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > 500 }) return MatchingErrors.NoteTooLong;
        if (!(await talents.FindableCardsAsync([talentId], cancellationToken)).TryGetValue(talentId, out var talent))
            return MatchingErrors.TalentNotShared;
        if (await db.MatchRecommendations.AnyAsync(r => r.JobId == jobId && r.TalentId == talentId, cancellationToken)) return Result.Ok();
        var row = await postings.JobAsync(jobId, cancellationToken);
        var score = row is not null && (await talents.FindableAsync([talentId], cancellationToken)).GetValueOrDefault(talentId) is { } t
            ? Scorer().Score(mapper.Talent(t), mapper.Job(row)) : 0f;
        db.MatchRecommendations.Add(new MatchRecommendation(jobId, talentId, job.RegionCode, officerId, trimmed, Round(score), clock.UtcNow));
        await notifier.NotifyAllAsync(await employers.MemberUserIdsAsync(job.EmployerId, cancellationToken), NotificationKinds.MatchRecommendedToEmployer,
            [job.Title, talent.MaskedName, trimmed ?? ""], $"/Matching/Job?id={jobId}", cancellationToken);
        if (talent.UserId is { } talentUser)
            await notifier.NotifyAsync(talentUser, NotificationKinds.MatchRecommendedToTalent, [job.Title, job.EmployerName], $"/Jobs/View?id={jobId}",
                cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>
    /// How well each applicant fits the job they applied for, with the reasons: scored from their rows as they are now, whether
    /// or not they agreed to be found (they sent the application). Only for the job's own employer or an officer (the caller
    /// checks); nothing for a talent the job's employer cannot see.
    /// </summary>
    public async Task<Dictionary<Guid, (float Score, IReadOnlyList<MatchReason> Reasons)>> ApplicantsAsync(Guid jobId,
        IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken)
    {
        var job = await postings.JobAsync(jobId, cancellationToken);
        if (job is null || talentIds.Count == 0) return [];
        var rows = await talents.RowsAsync(talentIds, cancellationToken);
        var scorer = Scorer();
        var features = mapper.Job(job);
        var explained = rows.Values.Select(r => (r.Id, Reasons: scorer.Explain(mapper.Talent(r), features, r.Skills, job.Tags))).ToList();
        var names = await RegionNamesAsync(explained.SelectMany(x => ReasonWriter.RegionCodes(x.Reasons)), cancellationToken);
        return explained.ToDictionary(x => x.Id, x => (Round(x.Reasons.Sum(r => r.Points)), writer.Write(x.Reasons, names)));
    }

    /// <summary>The job if the user may see its matches, as matching reads it.</summary>
    public async Task<JobRow?> JobForAsync(Guid jobId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Officer))
        {
            // The region filter answers for the officer; asked again only to audit a job outside their scope.
            var row = await postings.JobAsync(jobId, cancellationToken);
            if (row is null) await postings.InScopeAsync(jobId, cancellationToken);
            return row;
        }
        if (user.Id is not { } userId) return null;
        var employer = await employers.OfUserAsync(userId, cancellationToken);
        if (employer is not { Status: EmployerStatus.Verified }) return null;
        return await postings.IsEmployersJobAsync(jobId, employer.Id, cancellationToken) ? await postings.JobAsync(jobId, cancellationToken) : null;
    }

    /// <summary>Project demands for a talent's project (RET-06): its owner, or an officer of its region.</summary>
    public async Task<IReadOnlyList<ProjectMatch>?> ForProjectAsync(Guid projectId, CurrentUser user, CancellationToken cancellationToken)
    {
        var officer = user.IsInRole(Roles.Officer);
        var owner = !officer && user.Id is { } u ? await talents.OfUserAsync(u, cancellationToken) : null;
        var row = await postings.ProjectAsync(projectId, owner, anyOwner: officer, cancellationToken);
        if (row is null) return null;
        await sync.WaitReadyAsync(cancellationToken);
        return await DemandsAsync(mapper.Project(row), Scorer(), Take, [], cancellationToken);
    }

    /// <summary>Talents' projects for a project demand (RET-06): its employer, or an officer of its region.</summary>
    public async Task<IReadOnlyList<ProjectMatch>?> ForDemandAsync(Guid demandId, CurrentUser user, CancellationToken cancellationToken)
    {
        var officer = user.IsInRole(Roles.Officer);
        var employer = !officer && user.Id is { } u ? await employers.OfUserAsync(u, cancellationToken) : null;
        var row = await postings.DemandAsync(demandId, employer?.Id, anyOwner: officer, cancellationToken);
        if (row is null) return null;
        await sync.WaitReadyAsync(cancellationToken);
        var demand = mapper.Project(row);
        var scorer = Scorer();
        // The projects of priority talents (创新创业项目, AMB-12) that fit well enough come first.
        var priority = await PriorityAsync(cancellationToken);
        var owners = priority.Count == 0 ? [] : await postings.PublishedProjectOwnersAsync(Today, priority.Keys, cancellationToken);
        var ranked = PriorityFirst(index.ProjectsFor(demand, scorer, Take), owners.Keys, p => p.Id, index.Project, p => scorer.ProjectScore(demand, p))
            .Take(Take).ToList();
        string? First(Scored<ProjectFeatures> r) =>
            r.Score >= options.Value.PriorityMinScore && owners.TryGetValue(r.Item.Id, out var owner) ? priority[owner] : null;
        var shown = await postings.PublishedProjectCardsAsync(Today, ranked.Select(r => r.Item.Id).ToList(), cancellationToken);
        return await ProjectMatchesAsync(ranked, shown, r => scorer.ExplainProject(demand, r.Item, SharedWords(row.Title + row.Text, r.Item.Keywords)),
            cancellationToken, First);
    }

    private async Task<IReadOnlyList<ProjectMatch>> DemandsAsync(ProjectFeatures seeker, FitScorer scorer, int take,
        IReadOnlyList<string> seekerWords, CancellationToken cancellationToken)
    {
        var ranked = index.DemandsFor(seeker, scorer, take);
        var shown = await postings.PublishedDemandCardsAsync(Today, ranked.Select(r => r.Item.Id).ToList(), cancellationToken);
        return await ProjectMatchesAsync(ranked, shown, r =>
        {
            var words = seekerWords.Count > 0
                ? seekerWords.Where(r.Item.Keywords.SharesAny).Take(8).ToList()
                : SharedWords(shown[r.Item.Id].Title + shown[r.Item.Id].Text, seeker.Keywords);
            return scorer.ExplainProject(seeker, r.Item, words);
        }, cancellationToken);
    }

    private async Task<IReadOnlyList<ProjectMatch>> ProjectMatchesAsync(IReadOnlyList<Scored<ProjectFeatures>> ranked,
        Dictionary<Guid, PostingCardForMatch> shown, Func<Scored<ProjectFeatures>, IReadOnlyList<FitReason>> explain,
        CancellationToken cancellationToken, Func<Scored<ProjectFeatures>, string?>? priority = null)
    {
        var picked = ranked.Where(r => shown.ContainsKey(r.Item.Id)).Select(r => (r, Reasons: explain(r))).ToList();
        var names = await RegionNamesAsync(shown.Values.Select(p => p.RegionCode), cancellationToken);
        return picked.Select(x =>
        {
            var p = shown[x.r.Item.Id];
            return new ProjectMatch(p.Id, p.Title, p.Owner, p.RegionCode, names.GetValueOrDefault(p.RegionCode, p.RegionCode),
                Round(x.r.Score), writer.Write(x.Reasons, names), priority?.Invoke(x.r));
        }).ToList();
    }

    /// <summary>The terms of a text that the other side has too (for the keyword reason of project matches).</summary>
    private static List<string> SharedWords(string text, Keywords keywords) =>
        TextGrams.Terms(text).Distinct().Where(t => keywords.Contains(TextGrams.Hash(t))).Take(8).ToList();

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken cancellationToken) =>
        await regions.NamesAsync(codes.Where(c => c.Length == 6).Distinct().ToList(), cancellationToken);

    /// <summary>Shown to one decimal; gaps can take a score below 0, shown as 0.</summary>
    private static float Round(float score) => MathF.Round(Math.Max(0f, score), 1);
}
