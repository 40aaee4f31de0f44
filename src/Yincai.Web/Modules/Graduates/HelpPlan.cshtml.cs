using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Matching.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-13: one graduate's help plan: the named officer, the steps with their dates (overdue marked), priority job recommendations
/// from matching, recorded as services, followed until the graduate is placed. Each view is recorded (the page shows the groups).
/// </summary>
public sealed class HelpPlanModel(YincaiDb db, HelpPlans plans, RealNameDatabase graduates, TalentDirectory talents, AccountDirectory accounts,
    TalentJobs matched, IStringLocalizer<GraduatesResource> text) : PageModel
{
    public Graduate Graduate { get; private set; } = null!;
    public HelpPlan Plan { get; private set; } = null!;
    public GraduateCard? Person { get; private set; }
    public DisadvantagedGroup Groups { get; private set; }
    public IReadOnlyList<HelpStep> Steps { get; private set; } = [];
    public IReadOnlyList<JobSuggestion> Suggested { get; private set; } = [];
    public IReadOnlySet<Guid> Recommended { get; private set; } = new HashSet<Guid>();
    public string? OfficerName { get; private set; }
    public DateOnly Today => graduates.Today;

    public StepInput Step { get; set; } = new();

    public sealed class StepInput
    {
        [Required(ErrorMessage = "Required"), Display(Name = "Field_DueOn")] public DateOnly? DueOn { get; set; }
        [Required(ErrorMessage = "Required"), StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_Action")] public string? Action { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(Guid id, [Bind(Prefix = nameof(Step))] StepInput step)
    {
        Step = step;
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var added = plans.AddStep(Plan, step.DueOn!.Value, step.Action!);
        if (added.IsError)
        {
            ModelState.AddModelError("Step." + (added.Error!.Field ?? ""), added.Error.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Step"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, Guid stepId, string? result)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (await db.HelpSteps.FirstOrDefaultAsync(s => s.Id == stepId && s.PlanId == Plan.Id, HttpContext.RequestAborted) is not { } step) return NotFound();
        var done = step.Done(Today, result ?? "", Today);
        if (done.IsError)
        {
            ModelState.AddModelError("", done.Error!.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_StepDone"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>A matched job recommended first (GRD-13's priority), recorded as a job-recommendation service (GRD-02).</summary>
    public async Task<IActionResult> OnPostRecommendAsync(Guid id, Guid jobId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var tracked = await db.Graduates.SingleAsync(g => g.Id == id, HttpContext.RequestAborted);
        var recorded = await graduates.RecordServiceAsync(tracked, ServiceKind.JobRecommendation, ServiceChannel.Phone, Today,
            text["Plan_RecommendedOutcome"], [jobId], HttpContext.RequestAborted);
        if (recorded.IsError)
        {
            ModelState.AddModelError("", recorded.Error!.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Service"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.FindInScopeAsync<Graduate>(id, ct, tracked: false) is not { } graduate) return false;
        if (await db.HelpPlans.FirstOrDefaultAsync(p => p.GraduateId == id, ct) is not { } plan) return false;
        (Graduate, Plan) = (graduate, plan);
        Groups = await plans.GroupsAsync(graduate, "help_plan", ct);
        Person = (await talents.CardsAsync([graduate.TalentId], ct)).GetValueOrDefault(graduate.TalentId);
        Steps = await db.HelpSteps.AsNoTracking().Where(s => s.PlanId == plan.Id).OrderBy(s => s.DueOn).ThenBy(s => s.CreatedAtUtc).ToListAsync(ct);
        OfficerName = (await accounts.DisplayNamesAsync([plan.OfficerId], ct)).GetValueOrDefault(plan.OfficerId);
        if (plan.IsOpen) Suggested = (await matched.BestAsync([graduate.TalentId], 10, ct)).GetValueOrDefault(graduate.TalentId) ?? [];
        Recommended = (await db.GraduateServices.AsNoTracking().Where(s => s.GraduateId == id && s.Kind == ServiceKind.JobRecommendation)
            .Select(s => s.JobIds).ToListAsync(ct)).SelectMany(j => j).ToHashSet();
        Step.DueOn ??= Today.AddDays(7);
        return true;
    }

    public string GroupsText => string.Join("、", Enum.GetValues<DisadvantagedGroup>()
        .Where(g => g != DisadvantagedGroup.None && Groups.HasFlag(g)).Select(g => text["Disadvantaged_" + g].Value));
}
