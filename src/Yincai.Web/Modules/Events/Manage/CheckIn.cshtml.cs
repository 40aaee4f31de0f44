using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>The door: staff scan a ticket with the phone's camera or type its code. Works without script (typing).</summary>
public sealed class CheckInModel(YincaiDb db, EventRegistrations registrations, CurrentUser current, IStringLocalizer<EventsResource> text,
    TimeProvider clock) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    public Event Event { get; private set; } = null!;

    /// <summary>Why the door is closed now (not yet open, or over), or null while tickets are taken.</summary>
    public string? Closed { get; private set; }
    public int Attended { get; private set; }
    public string? Accepted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.FindInScopeAsync<Event>(id, HttpContext.RequestAborted, tracked: false) is not { } item) return NotFound();
        Event = item;
        Closed = item.CheckInOpen(clock.GetUtcNow().UtcDateTime).Error?.Message;
        Attended = await db.EventRegistrations.CountAsync(r => r.EventId == id && r.CheckedInAtUtc != null, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await db.FindInScopeAsync<Event>(id, HttpContext.RequestAborted, tracked: false) is null) return NotFound();
        var result = await registrations.CheckInAsync(id, current.Id!.Value, Code, HttpContext.RequestAborted);
        if (result.IsError) ModelState.AddModelError(nameof(Code), result.Error!.Message);
        else Accepted = text["CheckIn_Accepted", result.Value!.DisplayName, result.Value.Number].Value;
        Code = null;
        ModelState.Remove(nameof(Code) + ".Value");
        return await OnGetAsync(id);
    }
}
