using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>One filing batch: the city submits it; the province accepts or returns each line with a reason.</summary>
public sealed class BatchModel(YincaiDb db, AmbassadorFiling filing, IStringLocalizer<AmbassadorsResource> text, Regions.Contracts.RegionDirectory regions) : PageModel
{
    public FilingBatch Batch { get; private set; } = null!;
    public IReadOnlyList<FilingLine> Lines { get; private set; } = [];
    public bool IsProvince => filing.IsProvinceOfficer;
    public string CityName { get; private set; } = "";
    public bool IsOwnCity => filing.OwnCity == Batch.RegionCode;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var result = await filing.SubmitAsync(id, HttpContext.RequestAborted);
        return await Done(id, result, "Done_Submitted");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid lineId, bool accept, string? reason)
    {
        if (!await LoadAsync(id)) return NotFound();
        var result = await filing.DecideAsync(lineId, accept, reason, HttpContext.RequestAborted);
        return await Done(id, result, accept ? "Done_Accepted" : "Done_Returned");
    }

    private async Task<IActionResult> Done(Guid id, Result result, string key)
    {
        if (!result.IsError)
        {
            TempData["Status"] = text[key].Value;
            return Redirect("/Ambassadors/Batch?id=" + id);
        }
        ModelState.AddModelError("", result.Error!.Message);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.FindInScopeAsync<FilingBatch>(id, HttpContext.RequestAborted, tracked: false) is not { } batch) return false;
        Batch = batch;
        CityName = (await regions.NamesAsync([batch.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(batch.RegionCode) ?? batch.RegionCode;
        Lines = await db.FilingLines.AsNoTracking().Where(l => l.BatchId == id).OrderBy(l => l.FullName).ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}
