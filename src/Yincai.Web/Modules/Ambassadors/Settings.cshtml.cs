using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>The province's settings of the program: filing deadlines per year and the evaluation weights; the quota as configured.</summary>
public sealed class SettingsModel(AmbassadorSettings settings, AmbassadorRegistry registry, IStringLocalizer<AmbassadorsResource> text) : PageModel
{
    public IReadOnlyList<FilingWindow> Windows { get; private set; } = [];
    public IReadOnlyList<ContributionWeight> Weights { get; private set; } = [];
    public bool CanEdit => settings.CanEdit;
    public int Quota => registry.Quota;
    public DateOnly Today => registry.Today;

    /// <summary>Every year on file rather than last year to two years ahead.</summary>
    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    [BindProperty] public int NewYear { get; set; }
    [BindProperty] public FilingWindowKind NewKind { get; set; } = FilingWindowKind.Changes;
    [BindProperty] public DateOnly? NewDueOn { get; set; }

    public async Task OnGetAsync()
    {
        NewYear = Today.Year;
        await LoadAsync();
    }

    public Task<IActionResult> OnPostAddWindowAsync() =>
        Act(() => NewDueOn is { } due ? settings.AddWindowAsync(NewYear, NewKind, due, HttpContext.RequestAborted)
            : Task.FromResult<Result>(AmbassadorErrors.WindowYear), "Done_Saved");

    public Task<IActionResult> OnPostMoveWindowAsync(int windowId, DateOnly dueOn) =>
        Act(() => settings.MoveWindowAsync(windowId, dueOn, HttpContext.RequestAborted), "Done_Saved");

    public Task<IActionResult> OnPostRemoveWindowAsync(int windowId) =>
        Act(() => settings.RemoveWindowAsync(windowId, HttpContext.RequestAborted), "Done_Saved");

    public Task<IActionResult> OnPostWeightsAsync(Dictionary<ContributionKind, int> points) =>
        Act(() => settings.SetWeightsAsync(points, kind => text["Kind_" + kind].Value, HttpContext.RequestAborted), "Done_Saved");

    private async Task<IActionResult> Act(Func<Task<Result>> action, string doneKey)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var result = await action();
        if (!result.IsError)
        {
            TempData["Status"] = text[doneKey].Value;
            return Redirect("/Ambassadors/Settings");
        }
        ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Windows = All ? await settings.WindowsAsync(2000, 2100, ct) : await settings.WindowsAsync(Today.Year - 1, Today.Year + 2, ct);
        Weights = await settings.WeightsAsync(ct);
    }
}
