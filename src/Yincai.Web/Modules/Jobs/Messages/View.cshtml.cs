using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Conversations;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Messages;

/// <summary>One conversation: its messages, a reply box; the talent may block the employer or report the conversation.</summary>
[Authorize(Roles = Roles.Talent + "," + Roles.EmployerUser)]
public sealed class ViewModel(Conversations.Conversations conversations, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty, StringLength(ConversationMessage.MaxLength, ErrorMessage = "MaxLength"), Display(Name = "Field_MessageBody")]
    public string? Body { get; set; }

    [BindProperty, StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_ReportReason")]
    public string? Reason { get; set; }

    public ConversationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync()
    {
        if (!ModelState.IsValid) return await LoadAsync() ? Page() : NotFound();
        var sent = await conversations.SendAsync(Id, Body, HttpContext.RequestAborted);
        if (sent.IsError) return await FailAsync(sent.Error!);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostBlockAsync(bool block)
    {
        var done = await conversations.BlockAsync(Id, block, HttpContext.RequestAborted);
        if (done.IsError) return NotFound();
        TempData["Status"] = text[block ? "Messages_Blocked" : "Messages_Unblocked"].Value;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostReportAsync()
    {
        if (!ModelState.IsValid) return await LoadAsync() ? Page() : NotFound();
        var done = await conversations.ReportAsync(Id, Reason, HttpContext.RequestAborted);
        if (done.IsError) return await FailAsync(done.Error!);
        TempData["Status"] = text["Messages_ReportSent"].Value;
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> FailAsync(Error error)
    {
        ModelState.AddModelError(error.Field ?? "", error.Message);
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await conversations.ReadAsync(Id, HttpContext.RequestAborted) is not { } view) return false;
        View = view;
        return true;
    }
}
