using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// The best talents for a job, with reasons: for the job's employer (verified), and for officers of the job's region,
/// who recommend talents from here (recorded as a service; employer and talent are told).
/// </summary>
public sealed class JobModel(Matches matches, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public JobRow? Job { get; private set; }
    public IReadOnlyList<TalentMatch> Found { get; private set; } = [];
    public bool IsOfficer => current.IsInRole(Roles.Officer);
    public bool Preparing { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Job = await matches.JobForAsync(Id, current, ct);
        if (Job is null) return NotFound();
        if (!await matches.ReadyAsync(ct)) { Preparing = true; return Page(); }
        try { Found = await matches.ForJobAsync(Id, current, ct) ?? []; }
        catch (MatchingNotReadyException) { Preparing = true; } // the copy holding the talents did not answer
        return Page();
    }

    public async Task<IActionResult> OnPostRecommendAsync(Guid talentId, string? note)
    {
        var result = await matches.RecommendAsync(Id, talentId, note, current, HttpContext.RequestAborted);
        if (result.IsError && result.Error!.Code == MatchingErrors.NotFound.Code) return NotFound();
        Message = result.IsError ? result.Error!.Message : null;
        return RedirectToPage(new { Id });
    }
}
