using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Search;

/// <summary>
/// Builds this copy's <see cref="JobKeywordIndex"/> at start (from its folder and the change feed since, or from every
/// published job), then reads the change feed every <see cref="JobSearchOptions.PollMilliseconds"/> and reloads the jobs
/// that changed on any copy. Until the index is ready, keyword searches go to the database and <c>/health/ready</c> says
/// so (<see cref="JobKeywordHealthCheck"/>). A failed start is tried again after a growing pause.
/// </summary>
public sealed partial class JobKeywordSync(IServiceScopeFactory scopes, JobKeywordIndex index, IOptions<JobSearchOptions> options,
    TimeProvider clock, ILogger<JobKeywordSync> logger) : PeriodicWork(clock, logger)
{
    private const int FeedBatch = 10_000;
    private const string LayoutKey = "layout", PositionKey = "feedPosition", GapsKey = "feedGaps", WrittenKey = "writtenAtUtc";

    // An index committed longer ago than this may have missed entries the feed no longer keeps.
    private static readonly TimeSpan FeedKept = ChangeFeedEntry.Lifetime - TimeSpan.FromHours(1);

    private readonly ChangeFeedCursor _cursor = new(TimeSpan.FromMinutes(15));
    private int _failures, _read;
    private DateTime _retryAtUtc, _committedAtUtc;
    private bool _uncommitted;

    public const string OffPhase = "off", StartingPhase = "starting", RowsPhase = "reading rows",
        CatchingUpPhase = "catching up from the change feed", ReadyPhase = "ready";

    public string Phase { get; private set; } = StartingPhase;

    /// <summary>Jobs read so far by a build from rows.</summary>
    public int Read => Volatile.Read(ref _read);

    /// <summary>"disk" (the folder, caught up from the feed) or "rows"; null before.</summary>
    public string? Source { get; private set; }

    /// <summary>What the last failed start threw, while the index is not ready.</summary>
    public string? LastError { get; private set; }

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            Phase = OffPhase;
            return;
        }
        var now = Clock.GetUtcNow().UtcDateTime;
        if (index.IsReady)
        {
            await PollAsync(cancellationToken);
            if (_uncommitted && now - _committedAtUtc >= TimeSpan.FromSeconds(options.Value.CommitSeconds)) Commit(now);
            return;
        }
        if (now < _retryAtUtc) return;
        try
        {
            await OpenAndBuildAsync(cancellationToken);
            (_failures, LastError) = (0, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _failures++;
            LastError = e.GetType().Name;
            _retryAtUtc = now + TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(_failures, 6))));
            throw; // logged by PeriodicWork
        }
    }

    private const int MergedSegments = 3;

    private async Task OpenAndBuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Phase = StartingPhase;
        var saved = index.Open(options.Value.IndexPath);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var head = await db.ChangeFeed.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        if (Resumable(saved, head, now) is { } position)
        {
            _cursor.MoveTo(position.Position, position.Gaps, now);
            Source = "disk";
        }
        else
        {
            Phase = RowsPhase;
            index.Clear();
            // The feed's head first: whatever changes while the rows are read is applied again afterwards.
            _cursor.MoveTo(head, null, now);
            Volatile.Write(ref _read, 0);
            var today = ChinaClock.DateOf(now);
            // Newest first, the list's order (its index serves it), from this one thread: the segments are then in page order.
            var rows = db.Jobs.AsNoTracking().OpenOn(today).OrderByDescending(j => j.PublishedAtUtc).ThenByDescending(j => j.Id).Select(JobKeywordRow.FromJob);
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                index.Add(row);
                Interlocked.Increment(ref _read);
            }
            Source = "rows";
        }
        Phase = CatchingUpPhase;
        while (await PollAsync(cancellationToken) >= FeedBatch) { }
        index.Refresh();
        index.MarkReady();
        Commit(Clock.GetUtcNow().UtcDateTime);
        Phase = ReadyPhase;
        LogReady(index.Documents, Source, index.Location, watch.ElapsedMilliseconds);
        // A build leaves a segment for every 64 MB written; what a copy opened from its folder has is a few.
        if (Source == "rows") _ = index.MergeDownAsync(MergedSegments);
    }

    /// <summary>The feed position of an index kept on disk that the feed can still bring up to date; null when it must be built.</summary>
    private (long Position, List<(long From, long To)> Gaps)? Resumable(IReadOnlyDictionary<string, string> saved, long head, DateTime now)
    {
        if (saved.Count == 0) return null;
        if (saved.GetValueOrDefault(LayoutKey) != JobKeywordIndex.Layout
            || !long.TryParse(saved.GetValueOrDefault(PositionKey), CultureInfo.InvariantCulture, out var position)
            || !DateTime.TryParse(saved.GetValueOrDefault(WrittenKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written))
        {
            LogRebuilt(index.Location, "made by another version");
            return null;
        }
        var reason = now - written > FeedKept ? "older than the change feed keeps"
            : position > head ? "ahead of this database's change feed (another database?)"
            : null;
        if (reason is not null)
        {
            LogRebuilt(index.Location, reason);
            return null;
        }
        var gaps = (saved.GetValueOrDefault(GapsKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(g => g.Split('-')).Select(g => (long.Parse(g[0], CultureInfo.InvariantCulture), long.Parse(g[1], CultureInfo.InvariantCulture)))
            .ToList();
        return (position, gaps);
    }

    private void Commit(DateTime now)
    {
        index.Commit(new Dictionary<string, string>
        {
            [LayoutKey] = JobKeywordIndex.Layout,
            [PositionKey] = _cursor.Position.ToString(CultureInfo.InvariantCulture),
            [GapsKey] = string.Join(',', _cursor.Gaps.Select(g => $"{g.From}-{g.To}")),
            [WrittenKey] = now.ToString("O", CultureInfo.InvariantCulture),
        });
        (_committedAtUtc, _uncommitted) = (now, false);
    }

    /// <summary>Reloads the jobs of the feed entries not seen yet; returns how many entries were read.</summary>
    private async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var mark = _cursor.Mark();
        var entries = await _cursor.ReadAsync(db, FeedBatch, Clock.GetUtcNow().UtcDateTime, cancellationToken);
        await index.UpdateGate.WaitAsync(cancellationToken);
        try
        {
            var ids = entries.Where(e => e.Kind == MatchablePostings.JobKind).Select(e => e.EntityId).Distinct().ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                var rows = await db.Jobs.AsNoTracking().Where(j => chunk.Contains(j.Id) && j.Status == JobStatus.Published)
                    .Select(JobKeywordRow.FromJob).ToDictionaryAsync(r => r.Id, cancellationToken);
                foreach (var id in chunk)
                    if (rows.TryGetValue(id, out var row)) index.Put(row); else index.Remove(id);
            }
            if (ids.Count > 0) index.Refresh();
        }
        catch
        {
            // Not applied: read the same entries again next time.
            _cursor.Restore(mark);
            throw;
        }
        finally
        {
            index.UpdateGate.Release();
        }
        if (entries.Count > 0) _uncommitted = true;
        return entries.Count;
    }

    [LoggerMessage(LogLevel.Information, "Job keyword index ready: {Jobs} jobs from {Source}, kept in {Location}, in {Ms} ms")]
    private partial void LogReady(int jobs, string? source, string location, long ms);

    [LoggerMessage(LogLevel.Information, "Job keyword index in {Location} is rebuilt from rows ({Reason})")]
    private partial void LogRebuilt(string location, string reason);
}
