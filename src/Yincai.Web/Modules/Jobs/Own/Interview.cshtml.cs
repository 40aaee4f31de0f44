using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Interviews;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

/// <summary>The employer invites an applicant to an interview (or sets a new time): when, how long, where or the online link,
/// whom to contact, notes.</summary>
public sealed class InterviewModel(YincaiDb db, EmployerDirectory employers, InterviewInvitations interviews, CurrentUser current, ChinaClock clock,
    IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid ApplicationId { get; set; }
    [BindProperty] public InterviewForm Form { get; set; } = new();
    public JobApplication Application { get; private set; } = null!;
    public Interview? Latest { get; private set; }
    public InterviewInvitations Invitations => interviews;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing) return missing;
        // Tomorrow at 10:00 as a start; the last contact given, as employers mostly keep one.
        Form.StartsAt ??= clock.Today.AddDays(1).ToDateTime(new TimeOnly(10, 0));
        if (Latest is not null) (Form.ContactName, Form.ContactPhone, Form.Place) = (Latest.ContactName, Latest.ContactPhone, Latest.Place);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await LoadAsync() is { } missing) return missing;
        if (!ModelState.IsValid) return Page();
        var sent = await interviews.InviteAsync(userId, ApplicationId, Form, HttpContext.RequestAborted);
        if (sent.IsError)
        {
            ModelState.AddModelError(sent.Error!.Field is { } field ? "Form." + field : "", sent.Error.Message);
            return Page();
        }
        TempData["Status"] = text["Interview_Sent"].Value;
        return Redirect("/Jobs/Own/Applicants?jobId=" + Application.JobId);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await employers.OfUserAsync(userId, HttpContext.RequestAborted) is not { } employer) return NotFound();
        if (await db.JobApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ApplicationId && a.EmployerId == employer.Id,
                HttpContext.RequestAborted) is not { } application) return NotFound();
        Application = application;
        Latest = (await interviews.LatestOfAsync(employer.Id, [ApplicationId], HttpContext.RequestAborted)).GetValueOrDefault(ApplicationId);
        return null;
    }
}
