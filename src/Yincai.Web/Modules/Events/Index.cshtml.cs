using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Events;

/// <summary>Public list of published events, no sign-in: by region, kind and first day.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [nameof(Event), nameof(EventRegistration), nameof(EventBooth)])]
public sealed class IndexModel(YincaiDb db, RegionDirectory regions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public EventKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<EventRow> Events { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public RegionChoices RegionChoices { get; private set; } = new([], null, []);

    public sealed record EventRow(Guid Id, EventKind Kind, string Title, string RegionCode, bool IsOnline, string? Venue, DateTime StartsAtUtc,
        string Host, int Capacity, int Taken);

    public async Task OnGetAsync()
    {
        var query = EventQueries.Public(db.Events.AsNoTracking(), Region, Kind, From, clock.GetUtcNow().UtcDateTime);
        Events = await query.ToCappedPagedListAsync(q => q.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Select(e => new EventRow(e.Id, e.Kind, e.Title, e.RegionCode, e.IsOnline, e.Venue, e.StartsAtUtc, e.HostOfficeName ?? e.OrganiserName,
                e.Capacity, db.EventSeats.Where(s => s.EventId == e.Id).Select(s => s.Taken).FirstOrDefault())),
            PageNumber, 20, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Events.Items.Select(e => e.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
        RegionChoices = await regions.ChoicesAsync(null, RegionScope.IsRegionCode(Region) ? Region : "370000", HttpContext.RequestAborted);
    }
}
