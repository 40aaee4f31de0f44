using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

public sealed class IndexModel(JobPostings postings, JobApplications applications, CurrentUser current) : PageModel
{
    public IReadOnlyList<Job> Jobs { get; private set; } = [];

    /// <summary>Applications by job: not yet looked at (what the menu's count adds up) and in all.</summary>
    public IReadOnlyDictionary<Guid, (int New, int Total)> Applications { get; private set; } = new Dictionary<Guid, (int, int)>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Jobs = await postings.OfUserAsync(userId, HttpContext.RequestAborted);
        Applications = await applications.CountsByJobAsync(userId, HttpContext.RequestAborted);
        return Page();
    }
}
