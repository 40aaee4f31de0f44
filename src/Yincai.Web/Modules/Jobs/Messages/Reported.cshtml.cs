using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Conversations;

namespace Yincai.Modules.Jobs.Messages;

/// <summary>The conversations talents reported in the officer's region, waiting or closed, newest report first, with their
/// latest messages; the officer closes one with what was done, and the talent is told.</summary>
[Authorize(Policy = AccessPolicies.Officer)]
public sealed class ReportedModel(Conversations.Conversations conversations, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Handled { get; set; }

    [BindProperty, StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_ReportOutcome")]
    public string? Outcome { get; set; }

    /// <summary>The report whose form failed, to show its error beside it.</summary>
    public Guid? Failed { get; private set; }

    public IReadOnlyList<ConversationView> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await conversations.ReportedAsync(Handled, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostHandleAsync(Guid id)
    {
        if (ModelState.IsValid)
        {
            var done = await conversations.HandleReportAsync(id, Outcome, HttpContext.RequestAborted);
            if (!done.IsError)
            {
                TempData["Status"] = text["Reported_HandledDone"].Value;
                return RedirectToPage();
            }
            ModelState.AddModelError(done.Error!.Field ?? "", done.Error.Message);
        }
        Failed = id;
        Items = await conversations.ReportedAsync(false, HttpContext.RequestAborted);
        return Page();
    }
}
