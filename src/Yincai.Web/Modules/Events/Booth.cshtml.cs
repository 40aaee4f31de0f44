using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>An employer books a booth at a published event and picks which of its published jobs it brings; without an
/// event, its booths.</summary>
public sealed class BoothModel(YincaiDb db, EventRegistrations registrations, EmployerDirectory employers, EmployerJobs jobs, CurrentUser current,
    IStringLocalizer<EventsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? EventId { get; set; }
    [BindProperty] public List<Guid> JobIds { get; set; } = [];
    public Event? Event { get; private set; }
    public EventBooth? Existing { get; private set; }
    public IReadOnlyList<JobAtBooth> OwnJobs { get; private set; } = [];
    public IReadOnlyList<(EventBooth Booth, string Title, DateTime StartsAtUtc)> MyBooths { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await employers.OfUserAsync(current.Id!.Value, HttpContext.RequestAborted) is not { } employer)
        {
            TempData["Status"] = text["Error_NoEmployer"].Value;
            return Redirect("/Employers/Own");
        }
        if (EventId is not { } id)
        {
            MyBooths = (await db.EventBooths.AsNoTracking().Where(b => b.EmployerId == employer.Id)
                .Join(db.Events.AsNoTracking(), b => b.EventId, e => e.Id, (b, e) => new { b, e.Title, e.StartsAtUtc })
                .OrderByDescending(x => x.StartsAtUtc).Take(100).ToListAsync(HttpContext.RequestAborted))
                .Select(x => (x.b, x.Title, x.StartsAtUtc)).ToList();
            return Page();
        }
        Event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.Status == EventStatus.Published, HttpContext.RequestAborted);
        if (Event is null) return NotFound();
        Existing = await db.EventBooths.AsNoTracking().FirstOrDefaultAsync(b => b.EventId == id && b.EmployerId == employer.Id, HttpContext.RequestAborted);
        if (Existing is not null && HttpMethods.IsGet(Request.Method)) JobIds = Existing.JobIds;
        OwnJobs = await jobs.OpenOfEmployerAsync(employer.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (EventId is not { } id) return NotFound();
        var userId = current.Id!.Value;
        var exists = await db.EventBooths.AnyAsync(b => b.EventId == id && b.BookedBy == userId, HttpContext.RequestAborted)
            || (await employers.OfUserAsync(userId, HttpContext.RequestAborted) is { } employer
                && await db.EventBooths.AnyAsync(b => b.EventId == id && b.EmployerId == employer.Id, HttpContext.RequestAborted));
        var result = exists
            ? await registrations.ChangeBoothJobsAsync(id, userId, JobIds, HttpContext.RequestAborted)
            : await registrations.BookBoothAsync(id, userId, JobIds, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
            return await OnGetAsync();
        }
        TempData["Status"] = text[exists ? "Booth_Changed" : "Booth_Booked"].Value;
        return Redirect($"/Events/View?id={id}");
    }
}
