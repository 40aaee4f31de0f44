using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>An ambassador's forwarded link: records the referral (with the visitor, when signed in) and goes on to the job or
/// event page. An unknown code still goes on, without a record.</summary>
public sealed class RefModel(AmbassadorWork work, CurrentUser current) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? code, Guid? job, Guid? @event)
    {
        var (target, id, path) = job is { } j ? (ReferralTarget.Job, j, "/Jobs/View?id=" + j)
            : @event is { } e ? (ReferralTarget.Event, e, "/Events/View?id=" + e) : (default, Guid.Empty, "/");
        if (id != Guid.Empty && !string.IsNullOrWhiteSpace(code))
            await work.RecordReferralAsync(code.Trim(), target, id, current.IsAuthenticated ? current.Id : null, HttpContext.RequestAborted);
        return LocalRedirect(path);
    }
}
