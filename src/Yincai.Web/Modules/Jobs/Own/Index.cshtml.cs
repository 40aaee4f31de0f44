using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

public sealed class IndexModel(JobPostings postings, JobApplications applications, CurrentUser current) : PageModel
{
    public IReadOnlyList<Job> Jobs { get; private set; } = [];

    /// <summary>Applications not yet looked at, by job: what the menu's count adds up.</summary>
    public IReadOnlyDictionary<Guid, int> NewApplications { get; private set; } = new Dictionary<Guid, int>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Jobs = await postings.OfUserAsync(userId, HttpContext.RequestAborted);
        NewApplications = await applications.NewByJobAsync(userId, HttpContext.RequestAborted);
        return Page();
    }
}
