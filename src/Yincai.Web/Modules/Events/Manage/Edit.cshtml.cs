using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>An officer or station operator writes an event; all of it is checked before anything is saved.</summary>
public sealed class EditModel(EventPlanning planning, YincaiDb db, RegionDirectory regions, CurrentUser current, ChinaClock clock,
    IStringLocalizer<EventsResource> text) : EventFormPage(planning, regions, current, clock)
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadChoicesAsync();
        if (Id is not { } id) { Defaults(); return Page(); }
        if (await db.FindInScopeAsync<Event>(id, HttpContext.RequestAborted, tracked: false) is not { } e) return NotFound();
        Version = e.Version;
        Form = new EventForm
        {
            Kind = e.Kind, Title = e.Title, Description = e.Description, RegionCode = e.RegionCode, OfficeId = e.OrganiserId, StationId = e.OrganiserKind == Contracts.OrganiserKind.Station ? e.OrganiserId : null,
            IsOnline = e.IsOnline, Venue = e.Venue, LivestreamUrl = e.LivestreamUrl, StartsAt = ChinaClock.ToChina(e.StartsAtUtc),
            EndsAt = ChinaClock.ToChina(e.EndsAtUtc), Audience = e.Audience, Capacity = e.Capacity, Booths = e.Booths,
            RegistrationOpensAt = ChinaClock.ToChina(e.RegistrationOpensAtUtc), RegistrationClosesAt = ChinaClock.ToChina(e.RegistrationClosesAtUtc),
            CheckInOpensMinutesBefore = e.CheckInOpensMinutesBefore, CheckInClosesMinutesAfter = e.CheckInClosesMinutesAfter,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var saved = Id is { } id
                ? await Planning.EditAsync(id, Version, Form, HttpContext.RequestAborted)
                : await Planning.CreateAsync(Form, HttpContext.RequestAborted);
            if (!saved.IsError)
            {
                TempData["Status"] = text["Manage_Saved"].Value;
                return Redirect($"/Events/Manage/Details?id={saved.Value!.Id}");
            }
            if (saved.Error!.Code == EventErrors.NotFound.Code) return NotFound();
            AddError(saved.Error);
        }
        await LoadChoicesAsync();
        return Page();
    }
}
