using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Jobs.Interviews;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Applications;

/// <summary>A talent's applications and where each stands, with the interview invitations to answer and add to a calendar.</summary>
public sealed class IndexModel(JobApplications applications, InterviewInvitations interviews, CurrentUser current,
    Microsoft.Extensions.Localization.IStringLocalizer<JobsResource> text) : PageModel
{
    public IReadOnlyList<JobApplication> Items { get; private set; } = [];

    /// <summary>The invitations of each application, newest first.</summary>
    public IReadOnlyDictionary<Guid, List<Interview>> Interviews { get; private set; } = new Dictionary<Guid, List<Interview>>();

    public InterviewInvitations Invitations => interviews;

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Items = await applications.OfTalentUserAsync(userId, HttpContext.RequestAborted);
        Interviews = (await interviews.OfTalentUserAsync(userId, HttpContext.RequestAborted))
            .GroupBy(i => i.ApplicationId).ToDictionary(g => g.Key, g => g.ToList());
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid interviewId, InterviewStatus answer, string? reply)
    {
        if (current.Id is not { } userId) return Challenge();
        var answered = await interviews.AnswerAsync(userId, interviewId, answer, reply, HttpContext.RequestAborted);
        if (answered.IsError)
        {
            ModelState.AddModelError("", answered.Error!.Message);
            return await OnGetAsync();
        }
        TempData["Status"] = text["InterviewStatus_" + answered.Value!.Status].Value;
        return RedirectToPage();
    }

    /// <summary>The invitation as an .ics file for the talent's calendar.</summary>
    public async Task<IActionResult> OnGetIcsAsync(Guid id)
    {
        if (current.Id is not { } userId) return Challenge();
        if (await interviews.OfTalentAsync(userId, id, HttpContext.RequestAborted) is not { } interview) return NotFound();
        return File(System.Text.Encoding.UTF8.GetBytes(interviews.Ics(interview)), "text/calendar; charset=utf-8", "interview.ics");
    }
}
