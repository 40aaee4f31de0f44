using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.MyProjects;

/// <summary>A talent's own projects (人才项目), where each stands, and closing one.</summary>
public sealed class IndexModel(TalentProjects projects, CurrentUser current, IStringLocalizer<JobsResource> text) : PageModel
{
    public IReadOnlyList<TalentProject> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Projects = await projects.MineAsync(userId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        if (current.Id is not { } userId) return Challenge();
        var closed = await projects.CloseAsync(userId, id, HttpContext.RequestAborted);
        if (closed.IsError)
        {
            ModelState.AddModelError("", closed.Error!.Message);
            return await OnGetAsync();
        }
        TempData["Status"] = text["Project_Closed"].Value;
        return RedirectToPage();
    }
}
