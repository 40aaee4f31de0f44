using System.Diagnostics;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// Builds the <see cref="MatchIndex"/> from the database at start, then follows the change feed
/// (<see cref="ChangeFeedEntry"/>) so that a change saved by any running copy of the app reaches this copy's index
/// within two poll intervals. On PostgreSQL a feed id can become visible after a higher one (transactions commit
/// out of order), so ids skipped over are kept as gaps and asked for again until they appear or are 15 minutes old
/// (a rolled-back transaction's ids never do). A failed build (the database away at start) is tried again after a
/// growing pause, so the app recovers without a restart; until then pages say matching is being prepared and
/// <c>/health/ready</c> reports it (<see cref="MatchIndexHealthCheck"/>).
/// </summary>
public sealed partial class MatchingSync(IServiceScopeFactory scopes, MatchIndex index, FeatureMapper mapper,
    IOptions<MatchingOptions> options, TimeProvider clock, ILogger<MatchingSync> logger) : BackgroundService
{
    private static readonly TimeSpan GapLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan FeedLifetime = TimeSpan.FromDays(2);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<(long From, long To, DateTime Seen)> _gaps = [];
    private long _last;
    private DateTime _pruned;
    private volatile BuildFailure? _failure;

    /// <summary>What the last failed build left: how many attempts failed in a row, what failed and when the next attempt is.</summary>
    public sealed record BuildFailure(int Attempts, string Error, DateTime NextAttemptUtc);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>The latest failed build while the index is not ready; null while the first build runs, and once built.</summary>
    public BuildFailure? Failure => IsReady ? null : _failure;

    /// <summary>When a caller turned away should ask again: the next build attempt, or a few seconds while one runs.</summary>
    public TimeSpan RetryAfter =>
        Failure is { } failure && failure.NextAttemptUtc > clock.GetUtcNow().UtcDateTime
            ? failure.NextAttemptUtc - clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1)
            : TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether the index can answer: at once when built or when a build has failed (a retry is pending); during the first
    /// build, after waiting for it up to <see cref="MatchingOptions.ReadyWaitMilliseconds"/>.
    /// </summary>
    public async Task<bool> TryWaitReadyAsync(CancellationToken cancellationToken)
    {
        if (IsReady) return true;
        if (_firstAttempt.Task.IsCompleted) return false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = Task.Delay(TimeSpan.FromMilliseconds(options.Value.ReadyWaitMilliseconds), clock, timeout.Token);
        await Task.WhenAny(_ready.Task, _firstAttempt.Task, wait);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return IsReady;
    }

    /// <summary>For queries: the index is built, or <see cref="MatchingNotReadyException"/> (pages check
    /// <see cref="TryWaitReadyAsync"/> first and say matching is being prepared).</summary>
    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        if (!await TryWaitReadyAsync(cancellationToken)) throw new MatchingNotReadyException();
    }

    /// <summary>The pause after <paramref name="failedAttempts"/> failed builds: doubling from
    /// <paramref name="first"/>, never longer than <paramref name="max"/>.</summary>
    public static TimeSpan Backoff(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(failedAttempts, 1) - 1, 30));
        var delay = first * factor;
        return delay > max ? max : delay;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BuildAsync(stoppingToken);
                break;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var delay = Backoff(attempt, TimeSpan.FromMilliseconds(options.Value.RetryFirstMilliseconds),
                    TimeSpan.FromMilliseconds(options.Value.RetryMaxMilliseconds));
                _failure = new BuildFailure(attempt, e.GetType().Name, clock.GetUtcNow().UtcDateTime + delay);
                _firstAttempt.TrySetResult();
                LogBuildFailed(e, attempt, (long)delay.TotalSeconds);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
        _failure = null;
        _firstAttempt.TrySetResult();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(e);
            }
        }
    }

    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var postings = scope.ServiceProvider.GetRequiredService<MatchablePostings>();
        // Read the feed's head first: whatever changes during the build is applied again afterwards.
        _last = await db.ChangeFeed.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var today = Today();
        using var talentScope = scopes.CreateScope();
        var (jobs, talents) = await ReadAsync(postings.PublishedJobs(today),
            talentScope.ServiceProvider.GetRequiredService<MatchableTalents>().Findable(), mapper, cancellationToken);
        var demands = (await postings.PublishedDemandsAsync(today, null, cancellationToken)).Select(mapper.Project).ToList();
        var projects = (await postings.PublishedProjectsAsync(today, null, cancellationToken)).Select(mapper.Project).ToList();
        index.Load(jobs, talents, demands, projects);
        _ready.TrySetResult();
        LogBuilt(jobs.Count, talents.Count, demands.Count + projects.Count, watch.ElapsedMilliseconds);
    }

    /// <summary>Reads and maps jobs and talents at once, each on its own connection (a DbContext a side), so that a
    /// million of each take the time of the slower side rather than of both.</summary>
    public static async Task<(List<JobFeatures> Jobs, List<TalentFeatures> Talents)> ReadAsync(IAsyncEnumerable<JobRow> jobRows,
        IAsyncEnumerable<TalentRow> talentRows, FeatureMapper mapper, CancellationToken cancellationToken)
    {
        var jobs = Task.Run(() => MapAsync(jobRows, mapper.Job, cancellationToken), cancellationToken);
        var talents = Task.Run(() => MapAsync(talentRows, mapper.Talent, cancellationToken), cancellationToken);
        return (await jobs, await talents);
    }

    private static async Task<List<T>> MapAsync<TRow, T>(IAsyncEnumerable<TRow> rows, Func<TRow, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken)) list.Add(map(row));
        return list;
    }

    /// <summary>Applies the feed entries not seen yet; returns how many records were reloaded.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        _gaps.RemoveAll(g => now - g.Seen > GapLifetime);
        var (last, gaps) = (_last, _gaps.ToList());
        var entries = await db.ChangeFeed.AsNoTracking().Where(Unseen()).OrderBy(e => e.Id).Take(10_000)
            .Select(e => new { e.Id, e.Kind, e.EntityId }).ToListAsync(cancellationToken);
        foreach (var e in entries)
        {
            if (e.Id > _last)
            {
                if (e.Id > _last + 1) _gaps.Add((_last + 1, e.Id - 1, now));
                _last = e.Id;
            }
            else CloseGap(e.Id);
        }
        var reloaded = 0;
        try
        {
            foreach (var kind in entries.GroupBy(e => e.Kind))
                reloaded += await ReloadAsync(scope.ServiceProvider, kind.Key, kind.Select(e => e.EntityId).Distinct().ToList(), cancellationToken);
        }
        catch
        {
            // Not applied: read the same entries again next time.
            (_last, _gaps) = (last, gaps);
            throw;
        }
        if (now - _pruned > TimeSpan.FromHours(1))
        {
            _pruned = now;
            var before = now - FeedLifetime;
            await db.ChangeFeed.Where(e => e.AtUtc < before).ExecuteDeleteAsync(cancellationToken);
        }
        return reloaded;
    }

    private async Task<int> ReloadAsync(IServiceProvider services, string kind, List<Guid> ids, CancellationToken cancellationToken)
    {
        var today = Today();
        var postings = services.GetRequiredService<MatchablePostings>();
        foreach (var chunk in ids.Chunk(500))
        {
            switch (kind)
            {
                case MatchablePostings.JobKind:
                    var jobs = await postings.PublishedJobsAsync(today, chunk, cancellationToken);
                    foreach (var id in chunk)
                        if (jobs.TryGetValue(id, out var job)) index.PutJob(mapper.Job(job)); else index.RemoveJob(id);
                    break;
                case MatchableTalents.Kind:
                    var talents = await services.GetRequiredService<MatchableTalents>().FindableAsync(chunk, cancellationToken);
                    foreach (var id in chunk)
                        if (talents.TryGetValue(id, out var talent)) index.PutTalent(mapper.Talent(talent)); else index.RemoveTalent(id);
                    break;
                case MatchablePostings.DemandKind:
                    var demands = (await postings.PublishedDemandsAsync(today, chunk, cancellationToken)).ToDictionary(d => d.Id);
                    foreach (var id in chunk)
                        if (demands.TryGetValue(id, out var demand)) index.PutDemand(mapper.Project(demand)); else index.RemoveDemand(id);
                    break;
                case MatchablePostings.ProjectKind:
                    var projects = (await postings.PublishedProjectsAsync(today, chunk, cancellationToken)).ToDictionary(p => p.Id);
                    foreach (var id in chunk)
                        if (projects.TryGetValue(id, out var project)) index.PutProject(mapper.Project(project)); else index.RemoveProject(id);
                    break;
                default:
                    return 0;
            }
        }
        return ids.Count;
    }

    private Expression<Func<ChangeFeedEntry, bool>> Unseen()
    {
        var e = Expression.Parameter(typeof(ChangeFeedEntry), "e");
        var id = Expression.Property(e, nameof(ChangeFeedEntry.Id));
        Expression body = Expression.GreaterThan(id, Expression.Constant(_last));
        foreach (var (from, to, _) in _gaps)
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.GreaterThanOrEqual(id, Expression.Constant(from)), Expression.LessThanOrEqual(id, Expression.Constant(to))));
        return Expression.Lambda<Func<ChangeFeedEntry, bool>>(body, e);
    }

    private void CloseGap(long id)
    {
        for (var i = 0; i < _gaps.Count; i++)
        {
            var (from, to, seen) = _gaps[i];
            if (id < from || id > to) continue;
            _gaps.RemoveAt(i);
            if (from < id) _gaps.Add((from, id - 1, seen));
            if (id < to) _gaps.Add((id + 1, to, seen));
            return;
        }
    }

    private DateOnly Today() => ChinaClock.DateOf(clock.GetUtcNow().UtcDateTime);

    [LoggerMessage(LogLevel.Information, "Matching index built: {Jobs} jobs, {Talents} talents, {Projects} projects and demands in {Ms} ms")]
    private partial void LogBuilt(int jobs, int talents, int projects, long ms);

    [LoggerMessage(LogLevel.Error, "Building the matching index failed (attempt {Attempt}); trying again in {Seconds} s")]
    private partial void LogBuildFailed(Exception e, int attempt, long seconds);

    [LoggerMessage(LogLevel.Warning, "Reading the change feed failed; trying again at the next tick")]
    private partial void LogPollFailed(Exception e);
}
