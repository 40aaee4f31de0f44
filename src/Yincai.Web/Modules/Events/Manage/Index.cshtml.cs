using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>The events of the caller's region (YincaiDb's filter), those to come first, with the year's schedule for the
/// caller's own region: the next month and week still without a comprehensive or special fair (GRD-04) and the ambassador
/// windows up front, the months and weeks already missed summed up in one line that opens to the list.</summary>
public sealed class IndexModel(YincaiDb db, EventSchedule schedule, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public EventStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<Event> Events { get; private set; } = new([], 1, 1, 0);
    public ScheduleReport? Report { get; private set; }
    public string? ScopeRegion { get; private set; }
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync()
    {
        var query = db.Events.AsNoTracking();
        if (Status is { } status) query = query.Where(e => e.Status == status);
        // What is coming first, soonest first; then what is over, latest first.
        var now = clock.GetUtcNow().UtcDateTime;
        Events = await query.ToCappedPagedListAsync(q => q.OrderBy(e => e.EndsAtUtc < now).ThenBy(e => e.EndsAtUtc < now ? (DateTime?)null : e.StartsAtUtc)
            .ThenByDescending(e => e.StartsAtUtc), PageNumber, 30, HttpContext.RequestAborted);
        NowUtc = now;
        ScopeRegion = User.FindFirst(CurrentUser.ScopeClaim)?.Value;
        if (RegionScope.IsRegionCode(ScopeRegion))
            Report = await schedule.ReportAsync(ScopeRegion!, schedule.Today.Year, HttpContext.RequestAborted);
        _ = current;
    }
}
