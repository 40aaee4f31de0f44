using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>A named station's yearly event plan (STN-11): written line by line, submitted to the program's officers, and once
/// approved its events run in their office's name.</summary>
public sealed class PlanModel(EventPlans plans, StationOperation operation, ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    public const int Rows = 12;

    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public List<LineInput> Lines { get; set; } = [];

    public IReadOnlyList<Station> Stations { get; private set; } = [];
    public Station? Chosen { get; private set; }
    public EventPlan? Plan { get; private set; }

    public sealed class LineInput
    {
        public string? Title { get; set; }
        public int? Month { get; set; }
        public int? Participants { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync(fillLines: true);

    private async Task LoadAsync(bool fillLines)
    {
        var ct = HttpContext.RequestAborted;
        Stations = await operation.RunByMeAsync(ct);
        Chosen = Stations.FirstOrDefault(s => s.Id == Station) ?? Stations.FirstOrDefault();
        Year ??= clock.Today.Year;
        if (Chosen is null) return;
        Plan = await plans.OfAsync(Chosen.Id, Year.Value, ct);
        if (fillLines && Plan is not null)
            Lines = Plan.Lines.Select(l => new LineInput { Title = l.Title, Month = l.Month, Participants = l.Participants }).ToList();
    }

    public Task<IActionResult> OnPostSaveAsync() => SaveAsync(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => SaveAsync(submit: true);

    private async Task<IActionResult> SaveAsync(bool submit)
    {
        if (Station is not { } station) return NotFound();
        var lines = Lines.Select(l => new PlannedEvent(l.Title ?? "", l.Month ?? 0, l.Participants ?? 0)).ToList();
        var saved = await plans.SaveAsync(station, Year ?? clock.Today.Year, lines, submit, HttpContext.RequestAborted);
        if (saved.IsError)
        {
            ModelState.AddModelError(saved.Error!.Field ?? "", saved.Error.Message);
            await LoadAsync(fillLines: false);
            return Page();
        }
        TempData["Status"] = text[submit ? "Done_PlanSubmitted" : "Done_Saved"].Value;
        return RedirectToPage(new { station, year = saved.Value!.Year });
    }
}
