using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>The imports of the officer's region scope (YincaiDb's filter), newest first.</summary>
public sealed class IndexModel(YincaiDb db, ImportRunner runner) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<ImportSummary> Imports { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync()
    {
        Imports = await db.ImportJobs.AsNoTracking().ToCappedPagedListAsync(q => q.OrderByDescending(j => j.CreatedAtUtc)
            .Select(j => new ImportSummary(j.Id, j.Kind, j.Mode, j.FileName, j.Status, j.TotalRows, j.ProcessedRows, j.Created, j.Updated,
                j.Unchanged, j.ErrorRows, j.StartedByName, j.CreatedAtUtc)), PageNumber, 30, HttpContext.RequestAborted);
        Imports = Imports with
        {
            Items = Imports.Items.Select(i => i.Status == ImportStatus.Committing && runner.WrittenRows(i.Id) is { } written
                ? i with { ProcessedRows = Math.Max(i.ProcessedRows, written) } : i).ToList(),
        };
        // The list moves while imports run; the browser reloads it (a header: the CSP allows no script of the page's own).
        if (Imports.Items.Any(i => i.Status is ImportStatus.Queued or ImportStatus.Validating or ImportStatus.Committing))
            Response.Headers["Refresh"] = "5";
    }
}
