using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>A month of a region's events as a calendar (Monday first), with the year's schedule warnings for that region.</summary>
public sealed class CalendarModel(EventSchedule schedule, RegionDirectory regions, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }
    public DateOnly First { get; private set; }
    public IReadOnlyList<Event> Events { get; private set; } = [];
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public ScheduleReport Report { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Regions = (await regions.WithinAsync(current.Scope, HttpContext.RequestAborted)).Where(r => r.Level != RegionLevel.County || r.Code.StartsWith(current.Scope.Prefix ?? "", StringComparison.Ordinal)).ToList();
        var scopeRegion = User.FindFirst(CurrentUser.ScopeClaim)?.Value ?? "370000";
        if (!RegionScope.IsRegionCode(Region) || !current.Scope.Contains(Region)) Region = scopeRegion;
        var today = schedule.Today;
        First = new DateOnly(Year is >= 2000 and <= 2100 ? Year.Value : today.Year, Month is >= 1 and <= 12 ? Month.Value : today.Month, 1);
        Events = (await schedule.YearAsync(Region!, First.Year, exact: false, HttpContext.RequestAborted))
            .Where(e => ChinaClock.DateOf(e.StartsAtUtc) is var d && d.Year == First.Year && d.Month == First.Month).ToList();
        Report = await schedule.ReportAsync(Region!, First.Year, HttpContext.RequestAborted);
    }
}
