using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>Job intention (求职意向): the positions wanted (期望职位: an occupation, a title, a city and pay each, most
/// wanted first), where, in which industries, which kinds of job in order of preference, for what pay; and skills as tags.
/// Regions are added one at a time with the province-then-city picker and kept as a list of ticks.</summary>
public sealed class IntentionModel(YincaiDb db, TalentProfiles profiles, RegionDirectory regions, IndustryCatalog industries,
    OccupationCatalog occupations, OccupationGuess guess, CurrentUser current, TimeProvider clock, IStringLocalizer<TalentsResource> text,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    public const int MaxRegions = 10;
    public const int MaxIndustries = 10;

    [BindProperty] public InputModel Form { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public string? AddRegionCode { get; set; }
    /// <summary>The job types in order of preference, one select each (blank: none); when posted, they replace
    /// <see cref="InputModel.JobTypes"/>.</summary>
    [BindProperty] public List<string?>? JobTypeChoices { get; set; }
    public RegionChoices Choices { get; private set; } = new([], null, []);
    public IReadOnlyList<RegionSummary> Cities { get; private set; } = [];
    public OccupationCatalog Occupations => occupations;
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
        public List<PositionInput> Positions { get; set; } = [];
    }

    public sealed class PositionInput
    {
        [Display(Name = "Field_PositionOccupation")] public string? OccupationCode { get; set; }
        [StringLength(IntendedPosition.TitleMaxLength, ErrorMessage = "MaxLength"), Display(Name = "Field_PositionTitle")] public string? Title { get; set; }
        [Display(Name = "Field_PositionCity")] public string? RegionCode { get; set; }
        [Range(0, 1_000_000, ErrorMessage = "Range"), Display(Name = "Field_PositionSalary")] public int? SalaryMinYuan { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(OccupationCode) && string.IsNullOrWhiteSpace(Title)
            && string.IsNullOrWhiteSpace(RegionCode) && SalaryMinYuan is null;
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
            Positions = talent.IntendedPositions.Select(p => new PositionInput
            {
                OccupationCode = p.OccupationCode, Title = p.Title, RegionCode = p.RegionCode, SalaryMinYuan = p.SalaryMinYuan,
            }).ToList(),
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
        if (JobTypeChoices is { Count: > 0 })
        {
            var chosen = JobTypeChoices.Where(c => !string.IsNullOrEmpty(c)).ToList();
            Form.JobTypes = chosen.Select(c => Enum.TryParse<JobType>(c, out var t) && Enum.IsDefined(t) ? t : (JobType)(-1)).Distinct().ToList();
        }
        var positions = await PositionsAsync();
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

        var now = clock.GetUtcNow().UtcDateTime;
        talent.SetIntention(Form.RegionCodes, Form.IndustryCodes, Form.JobTypes, Form.SalaryMinYuan, Form.SalaryMaxYuan, skills, now);
        talent.SetPositions(positions, now);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = shared["Saved"].Value;
        return RedirectToPage();
    }

    /// <summary>The filled rows of the positions, checked row by row (the message names the row); a title without an
    /// occupation is given the one it most likely names.</summary>
    private async Task<List<IntendedPosition>> PositionsAsync()
    {
        var result = new List<IntendedPosition>();
        var rows = Form.Positions.Select((p, i) => (p, Row: i + 1)).Where(x => !x.p.IsBlank).ToList();
        if (rows.Count > IntendedPosition.Max)
        {
            ModelState.AddModelError("Form.Positions", text["Error_Positions", IntendedPosition.Max]);
            return result;
        }
        foreach (var (p, row) in rows)
        {
            var key = $"Form.Positions[{row - 1}]";
            var code = string.IsNullOrWhiteSpace(p.OccupationCode) ? null : p.OccupationCode.Trim();
            if (code is null && !string.IsNullOrWhiteSpace(p.Title))
            {
                code = await guess.ForTitleAsync(p.Title, HttpContext.RequestAborted);
                if (code is not null) p.OccupationCode = code;
            }
            if (code is null || occupations.Find(code) is not { IsMajorGroup: false })
                ModelState.AddModelError($"{key}.OccupationCode", text["Error_PositionOccupation", row]);
            if (!string.IsNullOrWhiteSpace(p.RegionCode) && !Cities.Any(c => c.Code == p.RegionCode))
                ModelState.AddModelError($"{key}.RegionCode", text["Error_PositionCity", row]);
            if (code is not null && result.Any(r => r.OccupationCode == code))
                ModelState.AddModelError($"{key}.OccupationCode", text["Error_PositionTwice", row]);
            if (code is not null)
                result.Add(new IntendedPosition(code, p.Title?.Trim(), string.IsNullOrWhiteSpace(p.RegionCode) ? null : p.RegionCode, p.SalaryMinYuan));
        }
        return result;
    }

    private async Task LoadAsync()
    {
        Cities = await regions.ProvincesAndCitiesAsync(HttpContext.RequestAborted);
        while (Form.Positions.Count < IntendedPosition.Max) Form.Positions.Add(new PositionInput());
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
