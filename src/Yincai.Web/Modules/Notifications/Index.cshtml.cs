using Yincai.Modules.Notifications.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Notifications;

public sealed class IndexModel(Inbox inbox, CurrentUser current, MessageTemplates templates) : PageModel
{
    /// <summary>The message in the reader's language: templated messages are rendered now, older ones were stored as text.</summary>
    public RenderedMessage Render(Notification n) => templates.Render(n);

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<Notification> Messages { get; private set; } = new([], 1, 1, 0);

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Messages = await inbox.For(userId).ToCappedPagedListAsync(Inbox.Newest, PageNumber, 20, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        if (current.Id is not { } userId) return Challenge();
        return await inbox.MarkReadAsync(userId, id, HttpContext.RequestAborted) ? RedirectToPage() : NotFound();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        await inbox.MarkAllReadAsync(userId, HttpContext.RequestAborted);
        return RedirectToPage();
    }
}
