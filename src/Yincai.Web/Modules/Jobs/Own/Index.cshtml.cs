using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

public sealed class IndexModel(JobPostings postings, CurrentUser current) : PageModel
{
    public IReadOnlyList<Job> Jobs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Jobs = await postings.OfUserAsync(userId, HttpContext.RequestAborted);
        return Page();
    }
}
