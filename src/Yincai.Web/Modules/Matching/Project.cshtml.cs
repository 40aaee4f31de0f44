using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>Enterprises' project demands for a talent's project (RET-06): for its owner and officers of its region.</summary>
public sealed class ProjectModel(Matches matches, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public IReadOnlyList<ProjectMatch> Found { get; private set; } = [];
    public bool Preparing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await matches.ReadyAsync(HttpContext.RequestAborted)) { Preparing = true; return Page(); }
        var found = await matches.ForProjectAsync(Id, current, HttpContext.RequestAborted);
        if (found is null) return NotFound();
        Found = found;
        return Page();
    }
}
