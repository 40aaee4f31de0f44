using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.Modules.Notifications;

/// <summary>The digest's one-click unsubscribe: the link's token is the authority, no sign-in needed. Doing it twice is harmless;
/// the reader can subscribe again in the notification settings.</summary>
public sealed class UnsubscribeModel(DigestSubscriptions digests) : PageModel
{
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token)
    {
        Done = await digests.UnsubscribeAsync(token, HttpContext.RequestAborted);
        if (!Done) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
