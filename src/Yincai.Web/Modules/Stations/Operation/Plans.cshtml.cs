using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;

namespace Yincai.Modules.Stations.Operation;

/// <summary>The stations' yearly event plans waiting for the program's officers (STN-11): approve, or return with a reason.</summary>
public sealed class PlansModel(EventPlans plans, StationPages pages, IStringLocalizer<StationsResource> text) : PageModel
{
    public IReadOnlyList<EventPlan> Submitted { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Station> Stations { get; private set; } = new Dictionary<Guid, Station>();

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Submitted = await plans.SubmittedAsync(ct);
        Stations = await pages.InScopeAsync(Submitted.Select(p => p.StationId).Distinct().ToList(), ct);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid plan, int version) => ActAsync(ct => plans.ApproveAsync(plan, version, ct), "Done_PlanApproved");

    public Task<IActionResult> OnPostReturnAsync(Guid plan, int version, string? reason) =>
        ActAsync(ct => plans.ReturnAsync(plan, version, reason, ct), "Done_PlanReturned");

    private async Task<IActionResult> ActAsync(Func<CancellationToken, Task<Platform.Result<EventPlan>>> action, string done)
    {
        var result = await action(HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("", result.Error!.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text[done].Value;
        return RedirectToPage();
    }
}
