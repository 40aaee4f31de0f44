using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>"Every month" and "every week" series of job fairs (GRD-04): one event per date up to a last day.</summary>
public sealed class SeriesModel(EventPlanning planning, RegionDirectory regions, CurrentUser current, ChinaClock clock,
    IStringLocalizer<EventsResource> text) : EventFormPage(planning, regions, current, clock)
{
    [BindProperty] public SeriesRecurrence Recurrence { get; set; } = SeriesRecurrence.Monthly;
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public bool Publish { get; set; }

    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        Defaults();
        Until = new DateOnly(Clock.Today.Year, 12, 31);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await Planning.CreateSeriesAsync(Form, Recurrence, Until, Publish, HttpContext.RequestAborted);
            if (!created.IsError)
            {
                TempData["Status"] = text["Series_Created", created.Value!.Count].Value;
                return Redirect("/Events/Manage");
            }
            if (created.Error!.Field == "Until") ModelState.AddModelError(nameof(Until), created.Error.Message);
            else AddError(created.Error);
        }
        await LoadChoicesAsync();
        return Page();
    }
}
