using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;
using Microsoft.Extensions.Options;

namespace Yincai.Modules.Imports;

/// <summary>
/// Takes an officer's upload: refuses what is not a plain .xlsx workbook or lacks the template's columns, at once
/// and with a reason; queues the rest for <see cref="ImportRunner"/>, in the officer's region scope.
/// </summary>
public sealed class ImportUploads(YincaiDb db, CurrentUser current, IEnumerable<IRowImporter> importers, ImportRunner runner,
    IOptions<ImportsOptions> options, TimeProvider clock, ILogger<ImportUploads> logger)
{
    public IRowImporter Importer(ImportKind kind) => importers.Single(i => i.Kind == kind);

    public async Task<Result<ImportJob>> QueueAsync(ImportKind kind, ImportMode mode, string fileName, byte[] content,
        CancellationToken cancellationToken)
    {
        if (current.Id is not { } officerId || current.Scope.Prefix is not { } prefix || !current.IsInRole(Roles.Officer)
            || !RegionScope.IsRegionCode(prefix.PadRight(6, '0')))
            return ImportErrors.NoScope;
        if (content.Length == 0) return ImportErrors.FileRequired;
        if (content.Length > options.Value.MaxFileMegabytes * 1024L * 1024L) return ImportErrors.FileTooLarge;
        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return ImportErrors.NotXlsx;
        switch (ExcelFileCheck.Check(content, options.Value.MaxUnpackedMegabytes * 1024L * 1024L))
        {
            case ExcelFileProblem.NotXlsx: return ImportErrors.NotXlsx;
            case ExcelFileProblem.HasMacros: return ImportErrors.HasMacros;
            case ExcelFileProblem.TooLarge: return ImportErrors.FileTooLarge;
        }

        var columns = Importer(kind).Columns;
        ImportColumnMap? header;
        try
        {
            header = ImportWorkbook.Header(content, columns);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the parser throws on a malformed workbook, the answer to the officer is the same.
            logger.LogInformation(e, "Uploaded workbook could not be read");
            return ImportErrors.Unreadable;
        }
        if (header is null) return ImportErrors.MissingColumns(string.Join("、", columns.Select(c => c.Header)));
        if (header.Missing.Count > 0) return ImportErrors.MissingColumns(string.Join("、", header.Missing));

        var name = Path.GetFileName(fileName);
        var job = new ImportJob(kind, mode, name.Length > 200 ? name[^200..] : name, content.Length, officerId, current.UserName ?? "",
            prefix.PadRight(6, '0'), clock.GetUtcNow().UtcDateTime);
        db.ImportJobs.Add(job);
        db.ImportFiles.Add(new ImportFile(job.Id, content));
        await db.SaveChangesAsync(cancellationToken);
        runner.Wake();
        return job;
    }

    /// <summary>Queues a stopped import again, from the workbook it kept.</summary>
    public async Task<Result> RunAgainAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var result = job.RunAgain();
        if (result.IsError) return result;
        await db.SaveChangesAsync(cancellationToken);
        runner.Wake();
        return result;
    }
}
