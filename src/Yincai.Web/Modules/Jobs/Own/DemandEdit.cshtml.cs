using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

/// <summary>An employer user writes a project demand and sends it for review (or keeps it as a draft).</summary>
public sealed class DemandEditModel(ProjectDemands demands, EmployerDirectory employers, RegionDirectory regions, IndustryCatalog industries,
    CurrentUser current, ChinaClock clock, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ProjectDemandForm Form { get; set; } = new();
    public JobStatus? Status { get; private set; }
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public IndustryCatalog Industries => industries;

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await employers.OfUserAsync(userId, HttpContext.RequestAborted) is not { } employer)
        {
            TempData["Status"] = text["Error_NoEmployer"].Value;
            return Redirect("/Employers/Own");
        }
        if (Id is { } id)
        {
            if (await demands.OwnAsync(userId, id, HttpContext.RequestAborted) is not { } demand) return NotFound();
            Status = demand.Status;
            Form = new ProjectDemandForm
            {
                Title = demand.Title, Description = demand.Description, IndustryCode = demand.IndustryCode, RegionCode = demand.RegionCode,
                Mode = demand.Mode, BudgetMinWan = demand.BudgetMinWan, BudgetMaxWan = demand.BudgetMaxWan, ValidUntil = demand.ValidUntil,
            };
        }
        else
        {
            (Form.RegionCode, Form.IndustryCode) = (employer.RegionCode, employer.IndustryCode);
            Form.ValidUntil = clock.Today.AddMonths(6);
        }
        await LoadRegionsAsync(employer.RegionCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool submit)
    {
        if (current.Id is not { } userId) return Challenge();
        var employer = await employers.OfUserAsync(userId, HttpContext.RequestAborted);
        if (Id is { } id && await demands.OwnAsync(userId, id, HttpContext.RequestAborted) is null) return NotFound();
        if (ModelState.IsValid)
        {
            var saved = await demands.SaveAsync(userId, Id, Form, submit, HttpContext.RequestAborted);
            if (!saved.IsError)
            {
                TempData["Status"] = text[submit ? "Demand_Submitted" : "Own_Saved"].Value;
                return Redirect("/Jobs/Own/Demands");
            }
            ModelState.AddModelError(saved.Error!.Field is { } field ? "Form." + field : "", saved.Error.Message);
        }
        await LoadRegionsAsync(employer?.RegionCode ?? Form.RegionCode ?? "370000");
        return Page();
    }

    private async Task LoadRegionsAsync(string employerRegion)
    {
        var province = employerRegion[..2];
        Regions = (await regions.WithinAsync(RegionScope.ForRegion(province + "0000"), HttpContext.RequestAborted))
            .Where(r => r.Level != RegionLevel.Province).ToList();
    }
}
