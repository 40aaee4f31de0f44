using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.Modules.Notifications;

/// <summary>The digest's one-click unsubscribe: the link's token is the authority, no sign-in needed. Doing it twice is harmless;
/// the reader can subscribe again in the notification settings. A mail client's own unsubscribe button POSTs to the same link
/// (RFC 8058) without an antiforgery token: the token in the link is what proves the request.</summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(DigestSubscriptions digests) : PageModel
{
    public bool Done { get; private set; }

    public Task<IActionResult> OnPostAsync(string? token) => OnGetAsync(token);

    public async Task<IActionResult> OnGetAsync(string? token)
    {
        Done = await digests.UnsubscribeAsync(token, HttpContext.RequestAborted);
        if (!Done) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
