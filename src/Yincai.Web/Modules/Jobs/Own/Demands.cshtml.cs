using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

/// <summary>The employer's project demands, where each stands, and closing one that is no longer sought.</summary>
public sealed class DemandsModel(ProjectDemands demands, CurrentUser current, IStringLocalizer<JobsResource> text) : PageModel
{
    public IReadOnlyList<ProjectDemand> Demands { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Demands = await demands.OfUserAsync(userId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        if (current.Id is not { } userId) return Challenge();
        var closed = await demands.CloseAsync(userId, id, HttpContext.RequestAborted);
        if (closed.IsError)
        {
            ModelState.AddModelError("", closed.Error!.Message);
            return await OnGetAsync();
        }
        TempData["Status"] = text["Demand_Closed"].Value;
        return RedirectToPage();
    }
}
