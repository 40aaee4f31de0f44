using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Benefits.Rules;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>
/// The officers' benefits (ENT-05): define a benefit of their region on a notice's fund, and write its rules as data: conditions and
/// the amount as expressions over the facts the platform keeps, a new version from a date. Before a version is saved it is compiled
/// and tried on sample claimants from the platform's own records (the dry run), whose result is shown.
/// </summary>
public sealed class ManageModel(BenefitCatalog catalog, ClaimantFacts facts, PolicyCatalog policies, RegionDirectory regions, YincaiDb db,
    ChinaClock clock, IStringLocalizer<BenefitsResource> text) : PageModel
{
    public const int SampleSize = 200;
    public const int ConditionRows = 6;

    public IReadOnlyList<(Benefit Benefit, List<BenefitRules> Versions)> Benefits { get; private set; } = [];
    public IReadOnlyList<PolicyFund> Funds => policies.Funds;
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public DateOnly Today => clock.Today;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    public Benefit? Selected { get; private set; }
    public BenefitRules? Latest { get; private set; }

    [BindProperty] public RulesForm Form { get; set; } = new();
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }

    public sealed class RulesForm
    {
        public DateOnly? EffectiveOn { get; set; }
        public List<string?> Labels { get; set; } = [];
        public List<string?> Expressions { get; set; } = [];
        public List<string?> Evidence { get; set; } = [];
        public string? Amount { get; set; }
        public string? AmountNote { get; set; }
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Latest is { } latest)
        {
            Form.Labels = latest.Conditions.Select(c => (string?)c.Label).ToList();
            Form.Expressions = latest.Conditions.Select(c => (string?)c.Expression).ToList();
            Form.Evidence = latest.Conditions.Select(c => c.Evidence).ToList();
            (Form.Amount, Form.AmountNote) = (latest.AmountExpression, latest.AmountNote);
        }
        Form.EffectiveOn = Latest is { } l && l.EffectiveOn >= Today ? l.EffectiveOn.AddDays(1) : Today;
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Benefits = await catalog.OwnAsync(ct);
        // A province officer chooses among the province and its cities; a city's or county's among its own counties too.
        var counties = (db.Scope.Prefix?.Length ?? 0) >= 4;
        Regions = (await regions.ChoicesAsync("370000", null, ct)).Regions
            .Where(r => db.Scope.Contains(r.Code) && (counties || r.Level != RegionLevel.County)).ToList();
        if (db.Scope.Prefix is null || db.Scope.Contains("370000")) Regions = Regions.Prepend(new RegionSummary("370000", "山东省", RegionLevel.Province)).DistinctBy(r => r.Code).ToList();
        if (Id is { } id && Benefits.FirstOrDefault(b => b.Benefit.Id == id) is { Benefit: { } benefit } found)
            (Selected, Latest) = (benefit, found.Versions.FirstOrDefault());
    }

    public async Task<IActionResult> OnPostCreateAsync(string? fundId, string? regionCode, string? name, BenefitClaimant claimant,
        BenefitFrequency frequency, BenefitInstalments instalments)
    {
        var created = await catalog.CreateAsync(fundId, regionCode, name, claimant, frequency, instalments, HttpContext.RequestAborted);
        if (created.IsError)
        {
            TempData["Status"] = created.Error!.Message;
            return RedirectToPage();
        }
        TempData["Status"] = text["Done_Created", created.Value!.Name].Value;
        return RedirectToPage(new { id = created.Value.Id });
    }

    public async Task<IActionResult> OnPostRulesAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadAsync();
        if (Selected is null) return NotFound();
        var conditions = new List<BenefitCondition>();
        for (var i = 0; i < Form.Expressions.Count; i++)
        {
            var expression = Form.Expressions[i];
            var label = i < Form.Labels.Count ? Form.Labels[i] : null;
            if (string.IsNullOrWhiteSpace(expression) && string.IsNullOrWhiteSpace(label)) continue;
            conditions.Add(new BenefitCondition(label ?? "", expression ?? "", i < Form.Evidence.Count ? Form.Evidence[i] : null));
        }
        var samples = await facts.SamplesAsync(Selected.Claimant, Today, SampleSize, ct);
        var added = await catalog.AddRulesAsync(Selected.Id, Form.EffectiveOn, conditions, Form.Amount, Form.AmountNote, samples, ct);
        if (added.IsError)
        {
            (Error, ErrorField) = (added.Error!.Message, added.Error.Field);
            return Page();
        }
        var (rules, run) = added.Value;
        TempData["Status"] = text["Done_Rules", rules.Number, Display.Date(rules.EffectiveOn), run.Samples, run.Eligible,
            run.Lowest is { } low ? Display.Yuan(low) : "—", run.Highest is { } high ? Display.Yuan(high) : "—"].Value;
        return RedirectToPage(new { id = Selected.Id });
    }

    public IReadOnlyList<RuleFact> FactsOf(BenefitClaimant claimant) => claimant == BenefitClaimant.Talent ? RuleFacts.Talent : RuleFacts.Employer;
}
