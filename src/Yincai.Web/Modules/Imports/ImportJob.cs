using System.Text.Encodings.Web;
using System.Text.Json;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>
/// An officer's import of a workbook, run in the background. It belongs to the officer's region scope: officers of
/// that scope see it, others get a 404. The runner claims it, checks every row, then writes the rows in one
/// transaction and records the outcome in that same transaction, so "Succeeded" and the rows go together.
/// </summary>
public sealed class ImportJob : IRegionScoped
{
    /// <summary>More errors than this are counted but not kept: the first ones tell what to fix.</summary>
    public const int MaxStoredErrors = 50_000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ImportJob() { }

    public ImportJob(ImportKind kind, ImportMode mode, string fileName, int fileSize, Guid startedById, string startedByName,
        string regionCode, DateTime nowUtc)
    {
        Id = Ids.New();
        (Kind, Mode, FileName, FileSize) = (kind, mode, fileName, fileSize);
        (StartedById, StartedByName, RegionCode, CreatedAtUtc) = (startedById, startedByName, regionCode, nowUtc);
        Status = ImportStatus.Queued;
        HasFile = true;
    }

    public Guid Id { get; private set; }
    public ImportKind Kind { get; private set; }
    public ImportMode Mode { get; private set; }
    public string FileName { get; private set; } = "";
    public int FileSize { get; private set; }

    /// <summary>Whether the uploaded workbook is still kept (until the import has finished, or to run it again).</summary>
    public bool HasFile { get; private set; }

    /// <summary>The scope region code of the officer who started it.</summary>
    public string RegionCode { get; private set; } = "";
    public Guid StartedById { get; private set; }
    public string StartedByName { get; private set; } = "";
    public ImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    /// <summary>Rows with at least one error.</summary>
    public int ErrorRows { get; private set; }
    public string? ErrorsJson { get; private set; }
    public ImportFailure Failure { get; private set; }
    public string? FailureDetail { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? StartedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    /// <summary>Last sign of life of the runner working on it; a silent running job was left by a dead process.</summary>
    public DateTime? HeartbeatAtUtc { get; private set; }
    public int Version { get; private set; }

    public bool IsRunning => Status is ImportStatus.Queued or ImportStatus.Validating or ImportStatus.Committing;

    /// <summary>An import that stopped before it could finish may run again from the workbook it kept.</summary>
    public bool CanRunAgain => Status == ImportStatus.Failed && HasFile;

    public Result Succeed(int created, int updated, int unchanged, IReadOnlyList<ImportRowError> errors, DateTime nowUtc)
    {
        if (!IsRunning) return ImportErrors.NotRunning;
        (Created, Updated, Unchanged) = (created, updated, unchanged);
        Finish(ImportStatus.Succeeded, ImportFailure.None, null, errors, keepFile: false, nowUtc);
        return Result.Ok();
    }

    /// <param name="keepFile">True when the import did not get to judge the rows (it stopped), so that it can run again.</param>
    public Result Fail(ImportFailure failure, string? detail, IReadOnlyList<ImportRowError> errors, bool keepFile, DateTime nowUtc)
    {
        if (!IsRunning) return ImportErrors.NotRunning;
        (Created, Updated, Unchanged) = (0, 0, 0);
        Finish(ImportStatus.Failed, failure, detail, errors, keepFile, nowUtc);
        return Result.Ok();
    }

    /// <summary>Queues a stopped import again with the workbook it kept.</summary>
    public Result RunAgain()
    {
        if (!CanRunAgain) return ImportErrors.CannotRunAgain;
        (Status, Failure, FailureDetail, ErrorsJson, ErrorRows) = (ImportStatus.Queued, ImportFailure.None, null, null, 0);
        (TotalRows, ProcessedRows, StartedAtUtc, FinishedAtUtc, HeartbeatAtUtc) = (0, 0, null, null, null);
        Version++;
        return Result.Ok();
    }

    public IReadOnlyList<ImportRowError> Errors() =>
        ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<ImportRowError>>(ErrorsJson, Json) ?? [];

    private void Finish(ImportStatus status, ImportFailure failure, string? detail, IReadOnlyList<ImportRowError> errors,
        bool keepFile, DateTime nowUtc)
    {
        (Status, Failure, FailureDetail, FinishedAtUtc, HasFile) = (status, failure, detail, nowUtc, keepFile);
        ErrorRows = errors.Select(e => e.Row).Distinct().Count();
        ErrorsJson = errors.Count == 0 ? null : JsonSerializer.Serialize(errors.Take(MaxStoredErrors).ToList(), Json);
        ProcessedRows = TotalRows;
        Version++;
    }
}
