using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>Job intention (求职意向): where, in which industries, which kinds of job, for what pay; and skills as tags.
/// Regions are added one at a time with the province-then-city picker and kept as a list of ticks.</summary>
public sealed class IntentionModel(YincaiDb db, TalentProfiles profiles, RegionDirectory regions, IndustryCatalog industries,
    CurrentUser current, TimeProvider clock, IStringLocalizer<TalentsResource> text, IStringLocalizer<SharedResource> shared) : PageModel
{
    public const int MaxRegions = 10;
    public const int MaxIndustries = 10;

    [BindProperty] public InputModel Form { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public string? AddRegionCode { get; set; }
    public RegionChoices Choices { get; private set; } = new([], null, []);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IndustryCatalog Industries => industries;

    public sealed class InputModel
    {
        public List<string> RegionCodes { get; set; } = [];
        public List<string> IndustryCodes { get; set; } = [];
        public List<JobType> JobTypes { get; set; } = [];
        [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_SalaryMin")] public int? SalaryMinYuan { get; set; }
        [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_SalaryMax")] public int? SalaryMaxYuan { get; set; }
        [StringLength(1000, ErrorMessage = "MaxLength"), Display(Name = "Field_Skills")] public string? Skills { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is not { } talent) return PersonalFirst();
        Form = new InputModel
        {
            RegionCodes = talent.IntendedRegionCodes.ToList(), IndustryCodes = talent.IntendedIndustryCodes.ToList(),
            JobTypes = talent.IntendedJobTypes.ToList(), SalaryMinYuan = talent.SalaryMinYuan, SalaryMaxYuan = talent.SalaryMaxYuan,
            Skills = SkillTags.Join(talent.Skills),
        };
        Province = talent.RegionCode[..2] + "0000"; // most look for work near home first
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool pickProvince, string? autoPick, bool add)
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is not { } talent) return PersonalFirst();
        if (RegionChoices.IsProvincePick(pickProvince, autoPick))
        {
            ModelState.Clear();
            AddRegionCode = null;
            await LoadAsync();
            return Page();
        }
        // A region picked but not yet added is taken along by Save, as the person would expect.
        if (RegionScope.IsRegionCode(AddRegionCode) && !Form.RegionCodes.Contains(AddRegionCode!)) Form.RegionCodes.Add(AddRegionCode!);
        AddRegionCode = null;
        if (add)
        {
            ModelState.Clear();
            await LoadAsync();
            return Page();
        }
        await LoadAsync();
        if (!ModelState.IsValid) return Page();

        var skills = SkillTags.Parse(Form.Skills);
        if (Form.RegionCodes.Count > MaxRegions || Form.RegionCodes.Any(c => !RegionNames.ContainsKey(c)))
            ModelState.AddModelError("Form.RegionCodes", text["Error_IntendedRegions", MaxRegions]);
        if (Form.IndustryCodes.Count > MaxIndustries || Form.IndustryCodes.Any(c => industries.Find(c)?.Level != "division"))
            ModelState.AddModelError("Form.IndustryCodes", text["Error_IntendedIndustries", MaxIndustries]);
        if (Form.JobTypes.Any(t => !Enum.IsDefined(t)))
            ModelState.AddModelError("Form.JobTypes", text["Error_JobTypes"]);
        if (Form.SalaryMinYuan is { } min && Form.SalaryMaxYuan is { } max && min > max)
            ModelState.AddModelError("Form.SalaryMaxYuan", text["Error_SalaryRange"]);
        if (skills.Count > SkillTags.MaxCount || skills.Any(s => s.Length > SkillTags.MaxLength))
            ModelState.AddModelError("Form.Skills", text["Error_Skills", SkillTags.MaxCount, SkillTags.MaxLength]);
        if (!ModelState.IsValid) return Page();

        talent.SetIntention(Form.RegionCodes, Form.IndustryCodes, Form.JobTypes, Form.SalaryMinYuan, Form.SalaryMaxYuan, skills,
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = shared["Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Form.RegionCodes = Form.RegionCodes.Where(RegionScope.IsRegionCode).Distinct().ToList();
        Choices = await regions.ChoicesAsync(Province, null, HttpContext.RequestAborted);
        Province = Choices.Province;
        RegionNames = await regions.NamesAsync(Form.RegionCodes, HttpContext.RequestAborted);
    }

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
