using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.MyProjects;

/// <summary>A talent writes their project and sends it to the officers of the region where they want to land it.</summary>
public sealed class EditModel(TalentProjects projects, TalentDirectory talents, RegionDirectory regions, IndustryCatalog industries,
    CurrentUser current, ChinaClock clock, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public TalentProjectForm Form { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    public JobStatus? Status { get; private set; }
    public RegionChoices Choices { get; private set; } = new([], null, []);
    public IndustryCatalog Industries => industries;

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await talents.OfUserAsync(userId, HttpContext.RequestAborted) is not { } talent)
        {
            TempData["Status"] = text["Error_NoProfileForProject"].Value;
            return Redirect("/Talents/Profile");
        }
        if (Id is { } id)
        {
            if (await projects.OwnAsync(userId, id, HttpContext.RequestAborted) is not { } project) return NotFound();
            Status = project.Status;
            Form = new TalentProjectForm
            {
                Title = project.Title, Summary = project.Summary, IndustryCode = project.IndustryCode, RegionCode = project.RegionCode,
                Stage = project.Stage, FundingSoughtWan = project.FundingSoughtWan, ValidUntil = project.ValidUntil,
            };
        }
        else
        {
            Province = talent.RegionCode[..2] + "0000";
            Form.ValidUntil = clock.Today.AddMonths(6);
        }
        await LoadRegionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool submit, bool pickProvince, string? autoPick)
    {
        if (current.Id is not { } userId) return Challenge();
        if (Id is { } id && await projects.OwnAsync(userId, id, HttpContext.RequestAborted) is null) return NotFound();
        if (RegionChoices.IsProvincePick(pickProvince, autoPick))
        {
            ModelState.Clear();
            Form.RegionCode = null;
            await LoadRegionsAsync();
            return Page();
        }
        if (ModelState.IsValid)
        {
            var saved = await projects.SaveAsync(userId, Id, Form, submit, HttpContext.RequestAborted);
            if (!saved.IsError)
            {
                TempData["Status"] = text[submit ? "Project_Submitted" : "Own_Saved"].Value;
                return Redirect("/Jobs/MyProjects");
            }
            ModelState.AddModelError(saved.Error!.Field is { } field ? "Form." + field : "", saved.Error.Message);
        }
        await LoadRegionsAsync();
        return Page();
    }

    private async Task LoadRegionsAsync()
    {
        Choices = await regions.ChoicesAsync(Province, Form.RegionCode, HttpContext.RequestAborted);
        Province = Choices.Province;
    }
}
