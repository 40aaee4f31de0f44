using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>A named station's services log (STN-10): what it did for whom and when, with the outcome; a job referral names
/// the job, and the talent is told. Its year in figures stands beside it.</summary>
public sealed class ServicesModel(StationOperation operation, ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public ServiceForm Form { get; set; } = new();

    public IReadOnlyList<Station> Stations { get; private set; } = [];
    public Station? Chosen { get; private set; }
    public PagedList<ServiceEntry> Log { get; private set; } = new([], 1, StationOperation.PageSize, 0);
    public StationFigures? Figures { get; private set; }

    public async Task OnGetAsync()
    {
        Form.On = clock.Today;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Stations = await operation.RunByMeAsync(ct);
        Chosen = Stations.FirstOrDefault(s => s.Id == Station) ?? Stations.FirstOrDefault();
        if (Chosen is null) return;
        Log = await operation.LogOfAsync(Chosen.Id, PageNumber, ct);
        Figures = await operation.FiguresAsync(Chosen.Id, clock.Today.Year, ct);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // On a post, "page" is also the Razor page's route value, which is no page number: the list starts again at 1.
        ModelState.Remove("page");
        PageNumber = 1;
        if (ModelState.IsValid && Station is { } station)
        {
            var logged = await operation.LogAsync(station, Form, HttpContext.RequestAborted);
            if (!logged.IsError)
            {
                TempData["Status"] = text["Done_ServiceLogged"].Value;
                return RedirectToPage(new { station });
            }
            ModelState.AddModelError(logged.Error!.Field ?? "", logged.Error.Message);
        }
        await LoadAsync();
        return Page();
    }
}
