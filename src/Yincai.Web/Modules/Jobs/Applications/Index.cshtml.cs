using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Applications;

/// <summary>A talent's applications and where each stands.</summary>
public sealed class IndexModel(JobApplications applications, CurrentUser current) : PageModel
{
    public IReadOnlyList<JobApplication> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Items = await applications.OfTalentUserAsync(userId, HttpContext.RequestAborted);
        return Page();
    }
}
