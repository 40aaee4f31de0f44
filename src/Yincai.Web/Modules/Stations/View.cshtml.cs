using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>
/// A named station's or home's own page (RET-09: the online home within the platform): who runs it, where, what it offers,
/// its published rules, the one-stop six finds (STN-12) and its certificate. During its public notice the page takes
/// objections from anyone.
/// </summary>
public sealed class ViewModel(StationPages pages, StationAccreditation accreditation, RegionDirectory regions, ChinaClock clock,
    IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public Station Station { get; private set; } = null!;
    public ProgramDefinition Program { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public bool TakesObjections { get; private set; }
    public string? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await pages.PublicViewAsync(Id, ct) is not { } station) return false;
        Station = station;
        Program = (await accreditation.ProgramAsync(station.ProgramId, ct))!.Definition;
        RegionName = (await regions.FullNamesAsync([station.RegionCode], ct)).GetValueOrDefault(station.RegionCode) ?? station.RegionCode;
        TakesObjections = station.TakesObjectionsOn(clock.Today);
        return true;
    }

    public async Task<IActionResult> OnPostObjectAsync(string? filedBy, string? contact, string? objection)
    {
        var result = await accreditation.ObjectAsync(Id, filedBy, contact, objection, HttpContext.RequestAborted);
        if (result.IsError)
        {
            Status = result.Error!.Message;
            ModelState.AddModelError("objection", result.Error.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text["Done_Objected"].Value;
        return RedirectToPage(new { id = Id });
    }

    public string TypeName => Program.Types.FirstOrDefault(t => t.Key == Station.TypeKey)?.ToString() ?? Station.TypeKey;

    /// <summary>What the home publishes to those it serves (RET-05) and its lodging offer (STN-03).</summary>
    public IEnumerable<(StationCondition Condition, string Text)> Published =>
        Program.Conditions.Where(c => c.Public).Select(c => (c, Station.Content.Answer(c.Key).Text ?? "")).Where(p => p.Item2.Length > 0);
}
