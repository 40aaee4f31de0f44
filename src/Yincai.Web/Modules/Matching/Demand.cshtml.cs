using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>Talents' projects for an enterprise's project demand (RET-06): for its employer and officers of its region.</summary>
public sealed class DemandModel(Matches matches, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public IReadOnlyList<ProjectMatch> Found { get; private set; } = [];
    public bool Preparing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await matches.ReadyAsync(HttpContext.RequestAborted)) { Preparing = true; return Page(); }
        var found = await matches.ForDemandAsync(Id, current, HttpContext.RequestAborted);
        if (found is null) return NotFound();
        Found = found;
        return Page();
    }
}
