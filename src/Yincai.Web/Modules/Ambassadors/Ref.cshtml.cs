using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>An ambassador's forwarded link: records the referral (with the visitor when signed in; otherwise the visit's id
/// goes into a cookie, see <see cref="ReferralCookie"/>) and goes on to the job or event page. An unknown code still goes on.</summary>
public sealed class RefModel(AmbassadorWork work, CurrentUser current, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? code, Guid? job, Guid? @event)
    {
        var (target, id, path) = job is { } j ? (ReferralTarget.Job, j, "/Jobs/View?id=" + j)
            : @event is { } e ? (ReferralTarget.Event, e, "/Events/View?id=" + e) : (default, Guid.Empty, "/");
        // Staff following a link are no referral (and their region scope would refuse another city's record).
        if (id != Guid.Empty && !string.IsNullOrWhiteSpace(code) && current.Scope.Prefix is null)
        {
            var signedIn = current.IsAuthenticated ? current.Id : null;
            var referral = await work.RecordReferralAsync(code.Trim(), target, id, signedIn, HttpContext.RequestAborted);
            if (referral is { } referralId && signedIn is null) ReferralCookie.Set(Response, referralId, clock.GetUtcNow().UtcDateTime);
        }
        return LocalRedirect(path);
    }
}
