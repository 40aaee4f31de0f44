using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>The talent's matches: published jobs and project demands ranked for them, each with its reasons.</summary>
[Authorize(Policy = AccessPolicies.Talent)]
public sealed class IndexModel(Matches matches, CurrentUser current) : PageModel
{
    public bool HasProfile { get; private set; }
    public bool Preparing { get; private set; }
    public MatchesForTalent Found { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (current.Id is not { } userId) return Challenge();
        if (!await matches.ReadyAsync(ct)) { Preparing = true; return Page(); }
        var talentId = await matches.TalentOfUserAsync(userId, ct);
        HasProfile = talentId is not null;
        if (talentId is { } id) Found = await matches.ForTalentAsync(id, null, ct);
        return Page();
    }
}
