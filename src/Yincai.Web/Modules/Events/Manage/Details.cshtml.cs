using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Manage;

/// <summary>One event for its organiser and the region's officers: the workflow steps, invitations, the lists of invited,
/// registered and attended, booths, and the outcome.</summary>
public sealed class DetailsModel(YincaiDb db, EventPlanning planning, EventInvitations invitations, CurrentUser current,
    IStringLocalizer<EventsResource> text, TimeProvider clock) : PageModel
{
    public Event Event { get; private set; } = null!;
    public EventSeats Seats { get; private set; } = null!;
    public IReadOnlyList<EventRegistration> Registrations { get; private set; } = [];
    public IReadOnlyList<EventBooth> Booths { get; private set; } = [];
    public int Invited { get; private set; }
    public int InvitedRegistered { get; private set; }
    public int Attended => Registrations.Count(r => r.CheckedInAtUtc is not null);
    public bool IsOfficer => current.IsInRole(Roles.Officer);
    public bool MayManage => planning.MayManage(Event);
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>Null while the door takes tickets; otherwise the line that says when it opens or that it closed.</summary>
    public string? CheckInClosed => Event.CheckInOpen(NowUtc).Error?.Message;

    /// <summary>The outcome is recorded once the event has started (<see cref="Event.Finish"/>).</summary>
    public bool MayFinish => Event.StartsAtUtc <= NowUtc;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.FindInScopeAsync<Event>(id, HttpContext.RequestAborted, tracked: false) is not { } item) return NotFound();
        Event = item;
        Seats = await db.EventSeats.AsNoTracking().FirstAsync(s => s.EventId == id, HttpContext.RequestAborted);
        Registrations = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.Number).Take(2000)
            .ToListAsync(HttpContext.RequestAborted);
        Booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == id).OrderBy(b => b.CreatedAtUtc).ToListAsync(HttpContext.RequestAborted);
        Invited = await db.EventInvitations.CountAsync(i => i.EventId == id, HttpContext.RequestAborted);
        InvitedRegistered = await db.EventInvitations.CountAsync(i => i.EventId == id && db.EventRegistrations.Any(r =>
            r.EventId == id && r.UserId == i.UserId && r.Status != RegistrationStatus.Cancelled), HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, int version) => ActAsync(id, planning.SubmitAsync(id, version, HttpContext.RequestAborted), "Done_Submitted");
    public Task<IActionResult> OnPostApproveAsync(Guid id, int version) => ActAsync(id, planning.ApproveAsync(id, version, HttpContext.RequestAborted), "Done_Approved");
    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? reason) => ActAsync(id, planning.RejectAsync(id, version, reason, HttpContext.RequestAborted), "Done_Rejected");
    public Task<IActionResult> OnPostPublishAsync(Guid id, int version) => ActAsync(id, planning.PublishAsync(id, version, HttpContext.RequestAborted), "Done_Published");
    public Task<IActionResult> OnPostCancelAsync(Guid id, int version, string? reason) => ActAsync(id, planning.CancelAsync(id, version, reason, HttpContext.RequestAborted), "Done_Cancelled");

    public Task<IActionResult> OnPostFinishAsync(Guid id, int version, int attendance, int employers, int jobsOffered, int intentions) =>
        ActAsync(id, planning.FinishAsync(id, version, new EventOutcome(attendance, employers, jobsOffered, intentions), HttpContext.RequestAborted), "Done_Finished");

    public Task<IActionResult> OnPostHiresAsync(Guid id, int version, int hires) =>
        ActAsync(id, planning.AttributeHiresAsync(id, version, hires, HttpContext.RequestAborted), "Done_Hires");

    public async Task<IActionResult> OnPostInviteAsync(Guid id, EventAudience audience)
    {
        var result = await invitations.InviteAsync(id, audience, HttpContext.RequestAborted);
        if (result.IsError)
        {
            if (result.Error!.Code == EventErrors.NotFound.Code) return NotFound();
            ModelState.AddModelError("", result.Error.Message);
            return await OnGetAsync(id);
        }
        TempData["Status"] = text["Done_Invited", result.Value].Value;
        return Redirect($"/Events/Manage/Details?id={id}");
    }

    private async Task<IActionResult> ActAsync(Guid id, Task<Result<Event>> action, string doneKey)
    {
        var result = await action;
        if (!result.IsError)
        {
            TempData["Status"] = text[doneKey].Value;
            return Redirect($"/Events/Manage/Details?id={id}");
        }
        if (result.Error!.Code == EventErrors.NotFound.Code) return NotFound();
        ModelState.AddModelError("", result.Error.Message);
        db.ChangeTracker.Clear();
        return await OnGetAsync(id);
    }
}
