using Yincai.Modules.Stations.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>The pages that show the event form: regions of the caller's scope, and offices for officers.</summary>
public abstract class EventFormPage(EventPlanning planning, RegionDirectory regions, CurrentUser current, ChinaClock clock) : PageModel
{
    [BindProperty] public EventForm Form { get; set; } = new();
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public IReadOnlyList<OfficeSummary>? Offices { get; private set; }
    public IReadOnlyList<StationCard>? Stations { get; private set; }
    public EventFieldsModel Fields => new(Form, Regions, Offices, ModelState, Stations);
    protected EventPlanning Planning => planning;
    protected ChinaClock Clock => clock;

    protected async Task LoadChoicesAsync()
    {
        var scope = current.Scope;
        Regions = await regions.WithinAsync(scope, HttpContext.RequestAborted);
        Offices = current.IsInRole(Roles.Officer) ? await planning.OfficesAsync(HttpContext.RequestAborted) : null;
        Stations = Offices is null ? await planning.StationsAsync(HttpContext.RequestAborted) : null;
    }

    /// <summary>A new form: next week, 9:00–12:00 Beijing time, registration open from now until the start.</summary>
    protected void Defaults()
    {
        var now = clock.Now;
        var day = clock.Today.AddDays(7).ToDateTime(TimeOnly.MinValue);
        Form.StartsAt = day + TimeSpan.FromHours(9);
        Form.EndsAt = day + TimeSpan.FromHours(12);
        Form.RegistrationOpensAt = now.Date + TimeSpan.FromHours(now.Hour);
        Form.RegistrationClosesAt = day + TimeSpan.FromHours(9);
        var scope = User.FindFirst(CurrentUser.ScopeClaim)?.Value;
        Form.RegionCode = scope;
        Form.OfficeId = Offices?.FirstOrDefault(o => o.RegionCode == scope)?.Id ?? Offices?.FirstOrDefault()?.Id;
    }

    /// <summary>Puts a result's error next to its field (or above the form) in the user's language.</summary>
    protected void AddError(Error error) => ModelState.AddModelError(error.Field is { } field ? "Form." + field : "", error.Message);
}
