using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-13: the disadvantaged graduates of the officer's scope, to give each a one-to-one plan. The groups are encrypted on the
/// talent record; they are read here only on a post that says why, and that post is recorded before anything is shown.
/// </summary>
public sealed class DisadvantagedModel(YincaiDb db, HelpPlans plans, TalentDirectory talents, AccountDirectory accounts, RegionDirectory regions,
    IStringLocalizer<GraduatesResource> text) : PageModel
{
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? County { get; set; }

    public IReadOnlyList<HelpPlans.Row>? Rows { get; private set; }
    public bool TooMany { get; private set; }
    public IReadOnlyDictionary<Guid, GraduateCard> People { get; private set; } = new Dictionary<Guid, GraduateCard>();
    public IReadOnlyDictionary<Guid, string> Officers { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<RegionSummary> Counties { get; private set; } = [];

    public async Task OnGetAsync() => await LoadCountiesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadCountiesAsync();
        var listed = await plans.ListAsync(Purpose, County, ct);
        if (listed.IsError)
        {
            ModelState.AddModelError(nameof(Purpose), listed.Error!.Message);
            return Page();
        }
        if (listed.Value is not { } rows)
        {
            TooMany = true;
            return Page();
        }
        Rows = rows;
        People = await talents.CardsAsync(rows.Select(r => r.Graduate.TalentId).ToList(), ct);
        Officers = await accounts.DisplayNamesAsync(rows.Select(r => r.Plan?.OfficerId ?? r.Graduate.OfficerId).OfType<Guid>().Distinct().ToList(), ct);
        RegionNames = await regions.NamesAsync(rows.Select(r => r.Graduate.RegionCode).Distinct().ToList(), ct);
        return Page();
    }

    /// <summary>Opens the plan of one listed graduate and goes to it.</summary>
    public async Task<IActionResult> OnPostPlanAsync(Guid graduateId)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.FindInScopeAsync<Graduate>(graduateId, ct) is not { } graduate) return NotFound();
        var created = await plans.CreateAsync(graduate, ct);
        if (created.IsError && created.Error!.Code != GraduateErrors.PlanExists.Code)
        {
            TempData["Status"] = created.Error.Message;
            return RedirectToPage();
        }
        if (!created.IsError) await db.SaveChangesAsync(ct);
        return RedirectToPage("/Graduates/HelpPlan", new { id = graduateId });
    }

    private async Task LoadCountiesAsync() =>
        Counties = (await regions.WithinAsync(db.Scope, HttpContext.RequestAborted)).Where(r => r.Level != RegionLevel.Province).ToList();

    public string GroupsText(DisadvantagedGroup groups) => string.Join("、", Enum.GetValues<DisadvantagedGroup>()
        .Where(g => g != DisadvantagedGroup.None && groups.HasFlag(g)).Select(g => text["Disadvantaged_" + g].Value));
}
