using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>
/// Runs queued imports one at a time, in this process, safe when several copies run: a copy claims a job with a
/// conditional update (only one copy's update finds it still queued). Each job runs in a DI scope whose user is
/// the officer who started it, region filter and audit trail included. All rows are checked first; then the rows
/// are written in one transaction, in batches, with the job's outcome saved in the same transaction, so a crash
/// or a stop at any point leaves no row of it behind.
/// </summary>
public sealed partial class ImportRunner(IServiceScopeFactory scopes, IOptions<ImportsOptions> options, TimeProvider clock,
    ILogger<ImportRunner> logger) : BackgroundService
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly ConcurrentDictionary<Guid, int> _written = new();

    private ImportsOptions Options => options.Value;

    /// <summary>Tells the runner that a job was queued in this process, so it need not wait for its next look.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>
    /// Rows this process has written so far of an import it is committing. On SQLite the commit holds the only
    /// write lock, so the progress cannot reach the table until the end; the pages ask here meanwhile.
    /// </summary>
    public int? WrittenRows(Guid jobId) => _written.TryGetValue(jobId, out var written) ? written : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await MarkInterruptedAsync(atStart: true, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogLoopFailed(e);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ClaimNextAsync(stoppingToken) is { } id) await RunAsync(id, stoppingToken);
                await MarkInterruptedAsync(atStart: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLoopFailed(e);
            }
            await _wake.WaitAsync(TimeSpan.FromSeconds(Options.PollSeconds), stoppingToken);
        }
    }

    /// <summary>
    /// Fails the imports that a dead process left running: their transaction was rolled back with the process.
    /// SQLite serves one process, so at start every running job is such a one; with PostgreSQL another copy may be
    /// running it, so only jobs silent for <see cref="ImportsOptions.StaleAfterMinutes"/> are.
    /// </summary>
    public async Task<int> MarkInterruptedAsync(bool atStart, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite && !atStart) return 0; // the running job is this process's own; its commit holds the only write lock
        var now = clock.GetUtcNow().UtcDateTime;
        var silentSince = now.AddMinutes(-Options.StaleAfterMinutes);
        var running = db.ImportJobs.Where(j => j.Status == ImportStatus.Validating || j.Status == ImportStatus.Committing);
        if (!sqlite) running = running.Where(j => j.HeartbeatAtUtc == null || j.HeartbeatAtUtc < silentSince);
        // The version moves, so a runner that is in fact still alive fails to record success and rolls back.
        var count = await running.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportStatus.Failed)
            .SetProperty(j => j.Failure, ImportFailure.Interrupted)
            .SetProperty(j => j.FinishedAtUtc, now)
            .SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
        if (count > 0) LogInterrupted(count);
        return count;
    }

    private async Task<Guid?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var queued = await db.ImportJobs.AsNoTracking().Where(j => j.Status == ImportStatus.Queued)
            .OrderBy(j => j.CreatedAtUtc).Select(j => j.Id).Take(10).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in queued)
        {
            var claimed = await db.ImportJobs.Where(j => j.Id == id && j.Status == ImportStatus.Queued).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ImportStatus.Validating)
                .SetProperty(j => j.StartedAtUtc, now)
                .SetProperty(j => j.HeartbeatAtUtc, now)
                .SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
            if (claimed == 1) return id;
        }
        return null;
    }

    private async Task RunAsync(Guid jobId, CancellationToken stoppingToken)
    {
        try
        {
            await RunClaimedAsync(jobId, stoppingToken);
        }
        finally
        {
            _written.TryRemove(jobId, out _);
        }
    }

    private async Task RunClaimedAsync(Guid jobId, CancellationToken stoppingToken)
    {
        var job = await WithJobScopeAsync(jobId, (db, _) => db.ImportJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, stoppingToken));
        var outcome = await WithJobScopeAsync(jobId, async (db, services) =>
        {
            var importer = services.GetServices<IRowImporter>().Single(i => i.Kind == job.Kind);
            try
            {
                return await ImportAsync(db, importer, job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return Stopped.With(ImportFailure.Interrupted);
            }
            catch (SimulatedCrash)
            {
                return Stopped.With(ImportFailure.Interrupted);
            }
            catch (DbUpdateConcurrencyException)
            {
                return null; // marked interrupted meanwhile; the transaction rolled back
            }
            catch (DbUpdateException e)
            {
                LogConflict(e, jobId);
                return Stopped.With(ImportFailure.Conflict);
            }
            catch (Exception e)
            {
                LogFailed(e, jobId);
                return Stopped.With(ImportFailure.Unexpected);
            }
        });
        if (outcome is not null)
            await WithJobScopeAsync(jobId, async (db, _) =>
            {
                // Not the import's token: a stopping app still records why the job did not finish.
                var tracked = await db.ImportJobs.FirstAsync(j => j.Id == jobId, CancellationToken.None);
                if (tracked.Fail(outcome.Failure, outcome.Detail, outcome.Errors, outcome.KeepFile, clock.GetUtcNow().UtcDateTime).IsError)
                    return false;
                if (!outcome.KeepFile && await db.ImportFiles.AnyAsync(f => f.JobId == jobId, CancellationToken.None))
                    db.ImportFiles.Remove(new ImportFile(jobId, []));
                await db.SaveChangesAsync(CancellationToken.None);
                return true;
            });
    }

    /// <summary>Checks every row, then writes them in one transaction; returns why it stopped, or null on success.</summary>
    private async Task<Stopped?> ImportAsync(YincaiDb db, IRowImporter importer, ImportJob job, CancellationToken cancellationToken)
    {
        var content = await db.ImportFiles.AsNoTracking().Where(f => f.JobId == job.Id).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
        if (content is null) return Stopped.With(ImportFailure.Unreadable, keepFile: false);
        var columns = importer.Columns;
        ImportSheet? read = null;
        int rowsWithCells;
        try
        {
            // The formula scan runs beside MiniExcel's first pass; its count of rows is there when the header is.
            var workbook = ImportWorkbook.Open(content);
            read = workbook.Read(columns);
            rowsWithCells = workbook.RowsWithCells;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            read?.Dispose();
            LogUnreadable(e, job.Id);
            return Stopped.With(ImportFailure.Unreadable, keepFile: false);
        }
        using var sheet = read;
        var map = sheet.Map;
        if (map is null || map.Missing.Count > 0)
            return Stopped.With(ImportFailure.MissingColumns, string.Join("、", map?.Missing ?? columns.Select(c => c.Header)), keepFile: false);
        // Rows with cells, less the header: exact unless some rows hold only empty cells; made exact by the check.
        var total = Math.Max(0, rowsWithCells - 1);
        if (total == 0) return Stopped.With(ImportFailure.NoRows, keepFile: false);
        await ReportAsync(job.Id, ImportStatus.Validating, total, 0, cancellationToken);

        // Pass 1: every row checked, nothing written. The good rows are kept for pass 2 (about 50 MB at 100,000 rows),
        // which then need not unpack and parse the workbook again.
        var errors = new List<ImportRowError>();
        var good = new List<ImportRow>();
        var check = new ImportPass(write: false, job.StartedById, clock.GetUtcNow().UtcDateTime);
        var done = 0;
        foreach (var batch in sheet.DataRows().Chunk(Options.BatchSize))
        {
            done += batch.Length;
            if (done > Options.MaxRows) return Stopped.With(ImportFailure.TooManyRows, Options.MaxRows.ToString(CultureInfo.InvariantCulture), keepFile: false);
            errors.AddRange((await importer.ProcessAsync(check, batch, cancellationToken)).Errors);
            db.ChangeTracker.Clear();
            good.AddRange(batch.Where(r => r.IsValid));
            await ReportAsync(job.Id, ImportStatus.Validating, Math.Max(total, done), done, cancellationToken);
        }
        sheet.Dispose(); // read to its end: its reader's buffers need not last through the write pass
        if (done == 0) return Stopped.With(ImportFailure.NoRows, keepFile: false);
        total = done;
        var badRows = errors.Select(e => e.Row).ToHashSet();
        if (badRows.Count > 0 && job.Mode == ImportMode.AllOrNothing)
            return new Stopped(ImportFailure.RowsInvalid, badRows.Count.ToString(CultureInfo.InvariantCulture), errors, KeepFile: false);

        // Pass 2: the good rows, checked again against what is there now, written in one transaction.
        await ReportAsync(job.Id, ImportStatus.Committing, total, 0, cancellationToken);
        var sqlite = db.Database.IsSqlite();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var write = new ImportPass(write: true, job.StartedById, clock.GetUtcNow().UtcDateTime);
        var (created, updated, unchanged, written) = (0, 0, 0, 0);
        // The audit rows of every batch go in with the last save: the chain's lock is then held for seconds, not minutes.
        db.DeferAudit = true;
        // New records go by binary COPY on PostgreSQL, in this transaction; their audit rows are described as for EF's inserts.
        db.CopyNewRows = true;
        foreach (var batch in good.Chunk(Options.BatchSize))
        {
            var outcome = await importer.ProcessAsync(write, batch, cancellationToken);
            if (outcome.Errors.Count > 0)
            {
                // Changed since the check (someone else saved meanwhile): all or nothing stops, valid-only skips them.
                errors.AddRange(outcome.Errors);
                if (job.Mode == ImportMode.AllOrNothing)
                    return new Stopped(ImportFailure.RowsInvalid, errors.Select(e => e.Row).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                        errors, KeepFile: false);
            }
            (created, updated, unchanged) = (created + outcome.Created, updated + outcome.Updated, unchanged + outcome.Unchanged);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += batch.Length;
            _written[job.Id] = written;
            if (Options.FailAfterRows is { } failAfter && written >= failAfter) throw new SimulatedCrash();
            // SQLite has one writer, and this transaction is it: progress would wait for the commit, so it shows then.
            if (!sqlite) await ReportAsync(job.Id, ImportStatus.Committing, total, written, cancellationToken);
        }

        (db.DeferAudit, db.CopyNewRows) = (false, false);
        var tracked = await db.ImportJobs.FirstAsync(j => j.Id == job.Id, cancellationToken);
        var succeeded = tracked.Succeed(created, updated, unchanged, errors, clock.GetUtcNow().UtcDateTime);
        if (succeeded.IsError) return null; // no longer running: marked interrupted by a sweep; roll back
        db.ImportFiles.Remove(new ImportFile(job.Id, [])); // by key: the workbook is not read again to be deleted
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSucceeded(job.Id, created, updated, unchanged, badRows.Count);
        return null;
    }

    /// <summary>Progress and a sign of life, through a context of its own so that the page sees it at once.</summary>
    private async Task ReportAsync(Guid jobId, ImportStatus status, int total, int processed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        // Counters of a running job, not a change of record: not audited (ExecuteUpdate bypasses the audit writer).
        await db.ImportJobs.Where(j => j.Id == jobId && (j.Status == ImportStatus.Validating || j.Status == ImportStatus.Committing))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.TotalRows, total)
                .SetProperty(j => j.ProcessedRows, processed)
                .SetProperty(j => j.HeartbeatAtUtc, now), cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope acting as the officer who started the job, in Chinese.</summary>
    private async Task<T> WithJobScopeAsync<T>(Guid jobId, Func<YincaiDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var owner = await services.GetRequiredService<YincaiDb>().ImportJobs.AsNoTracking().Where(j => j.Id == jobId)
            .Select(j => new { j.StartedById, j.StartedByName, j.RegionCode }).FirstAsync();
        // Row errors are kept as text and the notices are Chinese: they are written in zh-CN.
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Chinese, Chinese);
        services.GetRequiredService<CurrentUser>().ActAs(owner.StartedById, owner.StartedByName, owner.RegionCode, [Roles.Officer]);
        return await work(services.GetRequiredService<YincaiDb>(), services);
    }

    private sealed record Stopped(ImportFailure Failure, string? Detail, IReadOnlyList<ImportRowError> Errors, bool KeepFile)
    {
        public static Stopped With(ImportFailure failure, string? detail = null, bool keepFile = true) => new(failure, detail, [], keepFile);
    }

    private sealed class SimulatedCrash() : Exception("Imports:FailAfterRows reached (a test's simulated crash).");

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId} succeeded: {Created} created, {Updated} updated, {Unchanged} unchanged, {ErrorRows} rows with errors")]
    private partial void LogSucceeded(Guid jobId, int created, int updated, int unchanged, int errorRows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} imports left running by a stopped process were marked interrupted")]
    private partial void LogInterrupted(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId}: the workbook could not be read")]
    private partial void LogUnreadable(Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {JobId} rolled back: a record changed meanwhile")]
    private partial void LogConflict(Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {JobId} failed and was rolled back")]
    private partial void LogFailed(Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The import runner's loop failed")]
    private partial void LogLoopFailed(Exception exception);
}
