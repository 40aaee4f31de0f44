using Microsoft.AspNetCore.Mvc;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>The talent's five best-matched jobs on the workspace home page (none, with a line saying so, while matching is
/// being prepared).</summary>
public sealed class MatchedJobsViewComponent(Matches matches, CurrentUser current) : ViewComponent
{
    public const string Name = "MatchedJobs";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!await matches.ReadyAsync(HttpContext.RequestAborted)) return View("~/Modules/Matching/_HomePanel.cshtml", (IReadOnlyList<JobMatch>?)null);
        var talentId = current.Id is { } userId ? await matches.TalentOfUserAsync(userId, HttpContext.RequestAborted) : null;
        var found = talentId is { } id ? (await matches.ForTalentAsync(id, 5, HttpContext.RequestAborted)).Jobs : [];
        return View("~/Modules/Matching/_HomePanel.cshtml", found);
    }
}
