using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>The filing batches of the scope, newest first; a city builds the next one from its candidates and unfiled exits.</summary>
public sealed class BatchesModel(YincaiDb db, AmbassadorFiling filing, AmbassadorRegistry registry, Regions.Contracts.RegionDirectory regions) : PageModel
{
    public sealed record Row(FilingBatch Batch, int Lines, int Pending);

    public IReadOnlyList<Row> Batches { get; private set; } = [];
    public FilingDeadline Deadline { get; private set; } = null!;
    public bool IsCity => filing.OwnCity is not null;
    public bool IsProvince => filing.IsProvinceOfficer;
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Deadline = await registry.NextDeadlineAsync(ct);
        Batches = await db.FilingBatches.AsNoTracking().OrderByDescending(b => b.CreatedAtUtc).Take(100)
            .Select(b => new Row(b, db.FilingLines.Count(l => l.BatchId == b.Id), db.FilingLines.Count(l => l.BatchId == b.Id && l.Decision == FilingDecision.Pending)))
            .ToListAsync(ct);
        RegionNames = await regions.NamesAsync(Batches.Select(r => r.Batch.RegionCode).Distinct().ToList(), ct);
    }

    public async Task<IActionResult> OnPostBuildAsync()
    {
        var built = await filing.BuildAsync(HttpContext.RequestAborted);
        if (built.IsError)
        {
            ModelState.AddModelError("", built.Error!.Message);
            await OnGetAsync();
            return Page();
        }
        return Redirect("/Ambassadors/Batch?id=" + built.Value!.Id);
    }
}
