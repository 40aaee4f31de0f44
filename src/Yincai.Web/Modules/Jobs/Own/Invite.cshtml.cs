using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Conversations;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Jobs.Own;

/// <summary>A verified employer invites a talent it found (search, matching) to apply for one of its published jobs, with a note.</summary>
public sealed class InviteModel(Conversations.Conversations conversations, TalentDirectory talents, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid TalentId { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field_InviteJob")] public Guid? JobId { get; set; }

    [BindProperty, StringLength(ConversationMessage.MaxLength, ErrorMessage = "MaxLength"), Display(Name = "Field_InviteNote")]
    public string? Note { get; set; }

    public string TalentName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Title)> Jobs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (JobId is not { } jobId)
        {
            ModelState.AddModelError(nameof(JobId), JobErrors.InviteJob.Message);
            return Page();
        }
        var invited = await conversations.InviteToApplyAsync(TalentId, jobId, Note, HttpContext.RequestAborted);
        if (invited.IsError)
        {
            ModelState.AddModelError(invited.Error!.Field ?? "", invited.Error.Message);
            return Page();
        }
        TempData["Status"] = text["Invite_Sent", TalentName].Value;
        return Redirect("/Jobs/Messages/View?id=" + invited.Value!.Id);
    }

    private async Task<bool> LoadAsync()
    {
        if (await talents.SharedWithEmployersAsync(TalentId, HttpContext.RequestAborted) is not { } talent) return false;
        TalentName = talent.MaskedName;
        Jobs = await conversations.InvitableJobsAsync(HttpContext.RequestAborted);
        return true;
    }
}
