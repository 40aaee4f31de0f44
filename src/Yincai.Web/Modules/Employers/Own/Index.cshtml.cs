using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Own;

/// <summary>The employer user's own employer and where its verification stands.</summary>
public sealed class IndexModel(EmployerRegistration registration, RegionDirectory regions, IndustryCatalog industries, CurrentUser current) : PageModel
{
    public Employer? Employer { get; private set; }
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Employer = await registration.MineAsync(userId, HttpContext.RequestAborted);
        if (Employer is not null)
        {
            RegionName = (await regions.NamesAsync([Employer.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(Employer.RegionCode);
            IndustryName = industries.Find(Employer.IndustryCode)?.Name;
        }
        return Page();
    }
}
