using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>The events of the caller's region (YincaiDb's filter), with the warnings of the year's schedule for the
/// caller's own region: months without a comprehensive fair, weeks without a special one (GRD-04), ambassador windows.</summary>
public sealed class IndexModel(YincaiDb db, EventSchedule schedule, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public EventStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<Event> Events { get; private set; } = new([], 1, 1, 0);
    public ScheduleReport? Report { get; private set; }
    public string? ScopeRegion { get; private set; }

    public async Task OnGetAsync()
    {
        var query = db.Events.AsNoTracking();
        if (Status is { } status) query = query.Where(e => e.Status == status);
        Events = await query.OrderByDescending(e => e.StartsAtUtc).ToPagedListAsync(PageNumber, 30, HttpContext.RequestAborted);
        ScopeRegion = User.FindFirst(CurrentUser.ScopeClaim)?.Value;
        if (RegionScope.IsRegionCode(ScopeRegion))
            Report = await schedule.ReportAsync(ScopeRegion!, schedule.Today.Year, HttpContext.RequestAborted);
        _ = current;
    }
}
