using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

/// <summary>An employer user writes a job and sends it for review (or keeps it as a draft).</summary>
public sealed class EditModel(JobPostings postings, EmployerDirectory employers, RegionDirectory regions, OccupationCatalog occupations,
    MajorCatalog majors, CurrentUser current, ChinaClock clock, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public JobForm Form { get; set; } = new();
    public JobStatus? Status { get; private set; }
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public OccupationCatalog Occupations => occupations;

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
            if (await postings.OwnAsync(userId, id, HttpContext.RequestAborted) is not { } job) return NotFound();
            Status = job.Status;
            Form = new JobForm
            {
                Type = job.Type, Title = job.Title, Description = job.Description, RegionCode = job.RegionCode, Headcount = job.Headcount,
                MinDegree = job.MinDegree, SalaryMinYuan = job.SalaryMinYuan, SalaryMaxYuan = job.SalaryMaxYuan, ValidUntil = job.ValidUntil,
                OccupationCode = job.OccupationCode, MinExperienceYears = job.MinExperienceYears, Tags = ListInput.Join(job.Tags),
                Majors = ListInput.Join(job.MajorCodes.Select(c => majors.Find(c)?.Name ?? c)),
            };
        }
        else
        {
            Form.RegionCode = employer.RegionCode;
            Form.ValidUntil = clock.Today.AddMonths(3);
        }
        await LoadRegionsAsync(employer.RegionCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool submit)
    {
        if (current.Id is not { } userId) return Challenge();
        var employer = await employers.OfUserAsync(userId, HttpContext.RequestAborted);
        if (ModelState.IsValid)
        {
            var saved = await postings.SaveAsync(userId, Id, Form, submit, HttpContext.RequestAborted);
            if (!saved.IsError)
            {
                TempData["Status"] = text[submit ? "Own_Submitted" : "Own_Saved"].Value;
                return Redirect("/Jobs/Own");
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
