using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Events;

/// <summary>An event's public page: what, when, where (or the livestream), seats left, the employers and jobs at its booths.
/// A talent registers or cancels here; an employer books a booth from here.</summary>
[AllowAnonymous]
// The jobs at its booths too.
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [nameof(Event), nameof(EventRegistration), nameof(EventBooth), MatchablePostings.JobKind])]
public sealed class ViewModel(YincaiDb db, EventRegistrations registrations, EmployerJobs jobs, RegionDirectory regions, CurrentUser current,
    TimeProvider clock, IStringLocalizer<EventsResource> text) : PageModel
{
    public Event Event { get; private set; } = null!;
    public EventSeats Seats { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public EventRegistration? Mine { get; private set; }
    public IReadOnlyList<(EventBooth Booth, IReadOnlyList<JobAtBooth> Jobs)> Booths { get; private set; } = [];
    public bool IsTalent => current.IsInRole(Roles.Talent);
    public bool IsEmployer => current.IsInRole(Roles.EmployerUser);
    public bool IsOpen => Event.IsOpenForRegistration(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && EventQueries.PublicStatuses.Contains(e.Status),
            HttpContext.RequestAborted);
        if (item is null) return NotFound();
        Event = item;
        Seats = await db.EventSeats.AsNoTracking().FirstAsync(s => s.EventId == id, HttpContext.RequestAborted);
        RegionName = (await regions.NamesAsync([item.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(item.RegionCode);
        if (IsTalent && current.Id is { } userId)
            Mine = await db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.EventId == id && r.UserId == userId, HttpContext.RequestAborted);
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == id).OrderBy(b => b.CreatedAtUtc).ToListAsync(HttpContext.RequestAborted);
        var open = await jobs.OpenByIdsAsync(booths.SelectMany(b => b.JobIds).Distinct().ToList(), HttpContext.RequestAborted);
        Booths = booths.Select(b => (b, (IReadOnlyList<JobAtBooth>)open.Where(j => b.JobIds.Contains(j.Id)).ToList())).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(Guid id)
    {
        if (!IsTalent || current.Id is not { } userId) return Forbid();
        var result = await registrations.RegisterAsync(id, userId, current.UserName, HttpContext.RequestAborted);
        if (result.IsError) { ModelState.AddModelError("", result.Error!.Message); return await OnGetAsync(id); }
        TempData["Status"] = text[result.Value!.Status == RegistrationStatus.Registered ? "Registered_Seat" : "Registered_Waitlist", result.Value.Number].Value;
        return result.Value.Status == RegistrationStatus.Registered ? Redirect($"/Events/Ticket?id={result.Value.Id}") : Redirect($"/Events/View?id={id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (!IsTalent || current.Id is not { } userId) return Forbid();
        var result = await registrations.CancelAsync(id, userId, HttpContext.RequestAborted);
        if (result.IsError) { ModelState.AddModelError("", result.Error!.Message); return await OnGetAsync(id); }
        TempData["Status"] = text["Registration_Cancelled"].Value;
        return Redirect($"/Events/View?id={id}");
    }
}
