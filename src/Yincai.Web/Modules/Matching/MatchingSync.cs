using System.Diagnostics;
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
    private const int FeedBatch = 10_000;

    /// <summary>The advisory lock key of the snapshot writer ("YCMX").</summary>
    private const long SnapshotLock = 0x59434D58;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ChangeFeedCursor _cursor = new(TimeSpan.FromMinutes(15));
    private DateTime _pruned;
    private volatile BuildFailure? _failure;
    private volatile string _phase = StartingPhase;
    private readonly Counter _jobsRead = new(), _talentsRead = new(), _feedRead = new();
    private int _lastBatch;

    // Held by a poll and by a snapshot taking the index with its feed position, so that the two agree.
    private readonly SemaphoreSlim _feedGate = new(1, 1);
    private DateTime _nextSnapshot;
    private Task _snapshotWrite = Task.CompletedTask;
    // One write at a time in this copy: a forced write waits for the periodic one, a periodic one skips a busy gate.
    private readonly SemaphoreSlim _snapshotGate = new(1, 1);

    public const string StartingPhase = "starting", SnapshotPhase = "reading snapshot", RowsPhase = "reading rows",
        CatchingUpPhase = "catching up from the change feed", ReadyPhase = "ready";

    /// <summary>How far the start has come, for <c>/health/ready</c>.</summary>
    public sealed record Progress(string Phase, int Jobs, int Talents, int FeedEntries, string? Source);

    public Progress Current => new(_phase, Volatile.Read(ref _jobsRead.Value), Volatile.Read(ref _talentsRead.Value),
        Volatile.Read(ref _feedRead.Value), Source);

    /// <summary>Where the index came from: "snapshot" or "rows"; null before.</summary>
    public string? Source { get; private set; }

    /// <summary>A count that another thread reads while a build runs.</summary>
    public sealed class Counter
    {
        public int Value;
    }

    /// <summary>What the last failed build left: how many attempts failed in a row, what failed and when the next attempt is.</summary>
    public sealed record BuildFailure(int Attempts, string Error, DateTime NextAttemptUtc);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Whether this copy keeps the talent side (no <see cref="MatchingOptions.TalentsUrl"/>); otherwise it reads no talents
    /// and asks the copy that does (<see cref="ITalentRanking"/>).</summary>
    public bool HoldsTalents => string.IsNullOrEmpty(options.Value.TalentsUrl);

    /// <summary>What a snapshot must have been made under to be read here: the features' settings, and whether it holds talents.</summary>
    private string SnapshotSettings => HoldsTalents ? mapper.Settings : mapper.Settings + ";talents elsewhere";

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
                if (!await TryLoadSnapshotAsync(stoppingToken)) await BuildAsync(stoppingToken);
                await CatchUpAsync(stoppingToken);
                _phase = ReadyPhase;
                _ready.TrySetResult();
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
        _nextSnapshot = clock.GetUtcNow().UtcDateTime;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
                if (options.Value.SnapshotPath is { Length: > 0 } && _snapshotWrite.IsCompleted
                    && clock.GetUtcNow().UtcDateTime >= _nextSnapshot)
                {
                    _nextSnapshot = clock.GetUtcNow().UtcDateTime.AddMinutes(options.Value.SnapshotMinutes);
                    _snapshotWrite = WriteSnapshotAsync(force: false, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(e);
            }
        }
        await _snapshotWrite;
    }

    /// <summary>Builds the index from the rows (the feed's position read first); <see cref="ExecuteAsync"/> then catches up.</summary>
    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        _phase = RowsPhase;
        var watch = Stopwatch.StartNew();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var postings = scope.ServiceProvider.GetRequiredService<MatchablePostings>();
        // Read the feed's head first: whatever changes during the build is applied again afterwards.
        _cursor.MoveTo(await db.ChangeFeed.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0, null, clock.GetUtcNow().UtcDateTime);
        var today = Today();
        using var talentScope = scopes.CreateScope();
        var (jobs, talents) = await ReadAsync(postings.PublishedJobs(today),
            HoldsTalents ? talentScope.ServiceProvider.GetRequiredService<MatchableTalents>().Findable() : AsyncEnumerable.Empty<TalentRow>(), mapper, cancellationToken, _jobsRead, _talentsRead);
        var demands = (await postings.PublishedDemandsAsync(today, null, cancellationToken)).Select(mapper.Project).ToList();
        var projects = (await postings.PublishedProjectsAsync(today, null, cancellationToken)).Select(mapper.Project).ToList();
        index.Load(jobs, talents, demands, projects);
        Source = "rows";
        LogBuilt(jobs.Count, talents.Count, demands.Count + projects.Count, watch.ElapsedMilliseconds);
    }

    /// <summary>Reads and maps jobs and talents at once, each on its own connection (a DbContext a side), so that a
    /// million of each take the time of the slower side rather than of both.</summary>
    public static async Task<(List<JobFeatures> Jobs, List<TalentFeatures> Talents)> ReadAsync(IAsyncEnumerable<JobRow> jobRows,
        IAsyncEnumerable<TalentRow> talentRows, FeatureMapper mapper, CancellationToken cancellationToken,
        Counter? jobsRead = null, Counter? talentsRead = null)
    {
        var jobs = Task.Run(() => MapAsync(jobRows, mapper.Job, jobsRead ?? new(), cancellationToken), cancellationToken);
        var talents = Task.Run(() => MapAsync(talentRows, mapper.Talent, talentsRead ?? new(), cancellationToken), cancellationToken);
        return (await jobs, await talents);
    }

    private static async Task<List<T>> MapAsync<TRow, T>(IAsyncEnumerable<TRow> rows, Func<TRow, T> map, Counter read,
        CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(map(row));
            if ((list.Count & 1023) == 0) Volatile.Write(ref read.Value, list.Count);
        }
        Volatile.Write(ref read.Value, list.Count);
        return list;
    }

    /// <summary>Reads the snapshot (<see cref="MatchingOptions.SnapshotPath"/>) into the index when there is a sound one that
    /// the change feed can still bring up to date; false (logged) when the index must be built from rows.</summary>
    private async Task<bool> TryLoadSnapshotAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SnapshotPath is not { Length: > 0 } path || !File.Exists(path)) return false;
        _phase = SnapshotPhase;
        var watch = Stopwatch.StartNew();
        MatchIndexSnapshot.Contents snapshot;
        try
        {
            snapshot = await Task.Run(() => MatchIndexSnapshot.Read(path, mapper), cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            LogSnapshotIgnored(path, e.Message);
            return false;
        }
        var header = snapshot.Header;
        var now = clock.GetUtcNow().UtcDateTime;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var head = await db.ChangeFeed.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var reason = header.Settings != SnapshotSettings ? "made under other Matching:LessDevelopedRegions or Matching:TalentsUrl"
            : now - header.WrittenAtUtc > ChangeFeedEntry.Lifetime - TimeSpan.FromHours(1) ? "older than the change feed keeps"
            : head < header.FeedPosition ? "ahead of this database's change feed (another database?)"
            : null;
        if (reason is not null)
        {
            LogSnapshotIgnored(path, reason);
            return false;
        }
        Volatile.Write(ref _jobsRead.Value, snapshot.Jobs.Count);
        Volatile.Write(ref _talentsRead.Value, snapshot.Talents.Count);
        index.Load(snapshot.Jobs, snapshot.Talents, snapshot.Demands, snapshot.Projects);
        _cursor.MoveTo(header.FeedPosition, header.Gaps, now);
        Source = "snapshot";
        LogSnapshotLoaded(snapshot.Jobs.Count, snapshot.Talents.Count, header.FeedPosition, head - header.FeedPosition, watch.ElapsedMilliseconds);
        return true;
    }

    /// <summary>Reads the feed until a read comes back short of a full batch: the index is then as current as a poll makes it.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        _phase = CatchingUpPhase;
        do
        {
            await PollAsync(cancellationToken);
            Interlocked.Add(ref _feedRead.Value, _lastBatch);
        }
        while (_lastBatch >= FeedBatch);
    }

    /// <summary>
    /// Writes the index with the feed position it is consistent with (taken between two polls, so they agree), unless another
    /// copy wrote one less than <see cref="MatchingOptions.SnapshotMinutes"/> ago (<paramref name="force"/> writes anyway).
    /// On PostgreSQL one copy at a time, under a session advisory lock; the others skip.
    /// </summary>
    public async Task<bool> WriteSnapshotAsync(bool force, CancellationToken cancellationToken)
    {
        if (options.Value.SnapshotPath is not { Length: > 0 } || !IsReady) return false;
        if (force) await _snapshotGate.WaitAsync(cancellationToken);
        else if (!await _snapshotGate.WaitAsync(0, cancellationToken)) return false;
        try { return await WriteSnapshotLockedAsync(force, cancellationToken); }
        finally { _snapshotGate.Release(); }
    }

    private async Task<bool> WriteSnapshotLockedAsync(bool force, CancellationToken cancellationToken)
    {
        var path = options.Value.SnapshotPath!;
        var watch = Stopwatch.StartNew();
        await _feedGate.WaitAsync(cancellationToken);
        (JobFeatures[] Jobs, TalentFeatures[] Talents, ProjectFeatures[] Demands, ProjectFeatures[] Projects) contents;
        MatchIndexSnapshot.Header header;
        try
        {
            contents = index.Contents();
            header = new(clock.GetUtcNow().UtcDateTime, SnapshotSettings, _cursor.Position, _cursor.Gaps);
        }
        finally { _feedGate.Release(); }
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
            if (postgres)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                if (!await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({SnapshotLock}) AS \"Value\"").SingleAsync(cancellationToken))
                    return false;
            }
            try
            {
                var existing = MatchIndexSnapshot.ReadHeader(path);
                if (!force && existing is not null && header.WrittenAtUtc - existing.WrittenAtUtc < TimeSpan.FromMinutes(options.Value.SnapshotMinutes)
                    && existing.Settings == header.Settings)
                    return false;
                await Task.Run(() => MatchIndexSnapshot.Write(path, header, contents), cancellationToken);
            }
            finally
            {
                if (postgres)
                    await db.Database.SqlQueryRaw<bool>($"SELECT pg_advisory_unlock({SnapshotLock}) AS \"Value\"").SingleAsync(CancellationToken.None);
            }
            LogSnapshotWritten(contents.Jobs.Length, contents.Talents.Length, header.FeedPosition, watch.ElapsedMilliseconds);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            LogSnapshotFailed(e, path);
            return false;
        }
    }

    /// <summary>Applies the feed entries not seen yet; returns how many records were reloaded.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        await _feedGate.WaitAsync(cancellationToken);
        try { return await PollLockedAsync(cancellationToken); }
        finally { _feedGate.Release(); }
    }

    private async Task<int> PollLockedAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var mark = _cursor.Mark();
        var entries = await _cursor.ReadAsync(db, FeedBatch, now, cancellationToken);
        _lastBatch = entries.Count;
        var reloaded = 0;
        try
        {
            foreach (var kind in entries.GroupBy(e => e.Kind))
                reloaded += await ReloadAsync(scope.ServiceProvider, kind.Key, kind.Select(e => e.EntityId).Distinct().ToList(), cancellationToken);
        }
        catch
        {
            // Not applied: read the same entries again next time.
            _cursor.Restore(mark);
            throw;
        }
        if (now - _pruned > TimeSpan.FromHours(1))
        {
            _pruned = now;
            var before = now - ChangeFeedEntry.Lifetime;
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
                case MatchableTalents.Kind when !HoldsTalents:
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

    private DateOnly Today() => ChinaClock.DateOf(clock.GetUtcNow().UtcDateTime);

    [LoggerMessage(LogLevel.Information, "Matching index built: {Jobs} jobs, {Talents} talents, {Projects} projects and demands in {Ms} ms")]
    private partial void LogBuilt(int jobs, int talents, int projects, long ms);

    [LoggerMessage(LogLevel.Warning, "Matching index snapshot {Path} ignored ({Reason}); building from rows")]
    private partial void LogSnapshotIgnored(string path, string reason);

    [LoggerMessage(LogLevel.Information, "Matching index read from its snapshot: {Jobs} jobs, {Talents} talents at feed position {Position} ({Behind} entries behind) in {Ms} ms")]
    private partial void LogSnapshotLoaded(int jobs, int talents, long position, long behind, long ms);

    [LoggerMessage(LogLevel.Information, "Matching index snapshot written: {Jobs} jobs, {Talents} talents at feed position {Position} in {Ms} ms")]
    private partial void LogSnapshotWritten(int jobs, int talents, long position, long ms);

    [LoggerMessage(LogLevel.Warning, "Writing the matching index snapshot to {Path} failed")]
    private partial void LogSnapshotFailed(Exception e, string path);

    [LoggerMessage(LogLevel.Error, "Building the matching index failed (attempt {Attempt}); trying again in {Seconds} s")]
    private partial void LogBuildFailed(Exception e, int attempt, long seconds);

    [LoggerMessage(LogLevel.Warning, "Reading the change feed failed; trying again at the next tick")]
    private partial void LogPollFailed(Exception e);
}
