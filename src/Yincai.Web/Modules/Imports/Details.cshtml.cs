using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>One import: its progress while it runs (the page reloads itself), then its counts and every bad row.</summary>
public sealed class DetailsModel(YincaiDb db, ImportUploads uploads, ImportRunner runner, IStringLocalizer<ImportsResource> text) : PageModel
{
    public const int ErrorsPerPage = 50;

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public ImportJob Job { get; private set; } = null!;
    public PagedList<ImportRowError> Errors { get; private set; } = new([], 1, ErrorsPerPage, 0);

    /// <summary>Rows done in the current phase: from the table, or from this process while it commits on SQLite.</summary>
    public int Processed => Job.Status == ImportStatus.Committing ? Math.Max(Job.ProcessedRows, runner.WrittenRows(Job.Id) ?? 0) : Job.ProcessedRows;

    public int Percent => Job.TotalRows == 0 ? 0 : (int)Math.Min(100, 100L * Processed / Job.TotalRows);

    public string? FailureText => Job.Failure == ImportFailure.None ? null : text["Failure_" + Job.Failure, Job.FailureDetail ?? ""].Value;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        // The CSP allows no inline script: while it runs, the browser reloads the page through this header.
        if (Job.IsRunning) Response.Headers["Refresh"] = "2";
        return Page();
    }

    public async Task<IActionResult> OnPostRunAgainAsync(Guid id)
    {
        var job = await db.FindInScopeAsync<ImportJob>(id, HttpContext.RequestAborted);
        if (job is null) return NotFound();
        var result = await uploads.RunAgainAsync(job, HttpContext.RequestAborted);
        if (!result.IsError) return Redirect("/Imports/Details?id=" + id);
        ModelState.AddModelError("", result.Error!.Message);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.FindInScopeAsync<ImportJob>(id, HttpContext.RequestAborted, tracked: false) is not { } job) return false;
        Job = job;
        var errors = job.Errors();
        var page = Math.Clamp(PageNumber, 1, Math.Max(1, (errors.Count + ErrorsPerPage - 1) / ErrorsPerPage));
        Errors = new PagedList<ImportRowError>(errors.Skip((page - 1) * ErrorsPerPage).Take(ErrorsPerPage).ToList(), page, ErrorsPerPage, errors.Count);
        return true;
    }
}
