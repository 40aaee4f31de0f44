using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Benefits.Finding;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>Policy finds people (ENT-05): the runs (scheduled or started here), and whom they found in the officer's region who
/// had not claimed, each told once in their inbox.</summary>
public sealed class RunsModel(PolicyFinder finder, PolicyFinderSchedule schedule, BenefitCatalog catalog, CurrentUser current,
    IStringLocalizer<BenefitsResource> text) : PageModel
{
    public IReadOnlyList<BenefitRun> Runs { get; private set; } = [];
    public IReadOnlyList<BenefitFinding> Found { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> BenefitNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Runs = await finder.RecentAsync(ct);
        Found = await finder.FoundAsync(null, ct);
        BenefitNames = await catalog.NamesAsync(Found.Select(f => f.BenefitId).Distinct().ToList(), ct);
    }

    public IActionResult OnPostRun(bool incremental)
    {
        TempData["Status"] = schedule.TryStart(current.Id!.Value, incremental, out _) ? text["Done_RunStarted"].Value : text["Error_RunUnderWay"].Value;
        return RedirectToPage();
    }
}
