using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>Adds or changes one school. The school and the major are looked up on the server ("查找" buttons), so the
/// page needs no script: the matches come back as a list to pick from.</summary>
public sealed class EducationEditModel(TalentProfiles profiles, EducationRecords records, UniversityCatalog universities,
    MajorCatalog majors, CurrentUser current, IStringLocalizer<TalentsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public EducationForm Form { get; set; } = new();
    public IReadOnlyList<University> SchoolMatches { get; private set; } = [];
    public IReadOnlyList<Major> MajorMatches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is not { } talent) return PersonalFirst();
        if (Id is { } id)
        {
            if (await records.FindAsync(talent.Id, id, HttpContext.RequestAborted) is not { } education) return NotFound();
            Form = EducationForm.From(education);
        }
        LoadMatches();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? find)
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is not { } talent) return PersonalFirst();
        if (find is "school" or "major")
        {
            // A look-up, not a save: show the matches, keep what was typed, report nothing yet.
            ModelState.Clear();
            if (find == "school") Form.SchoolCode = null;
            else Form.MajorCode = null;
            LoadMatches();
            return Page();
        }
        if (ModelState.IsValid)
        {
            var saved = await records.SaveAsync(talent, Id, Form, HttpContext.RequestAborted);
            if (!saved.IsError)
            {
                TempData["Status"] = text["Education_Saved"].Value;
                return Redirect("/Talents/Profile/Education");
            }
            if (saved.Error!.Code == "talents.not_found") return NotFound();
            ModelState.AddModelError("Form." + (saved.Error.Field ?? ""), saved.Error.Message);
        }
        LoadMatches();
        return Page();
    }

    private void LoadMatches()
    {
        var picked = universities.Find(Form.SchoolCode);
        var schools = Form.Abroad ? [] : universities.Search(Form.SchoolName).ToList();
        if (picked is not null && !schools.Contains(picked)) schools.Insert(0, picked);
        if (schools.Count == 1 && Form.SchoolCode is null) Form.SchoolCode = schools[0].Code;
        SchoolMatches = schools;

        var major = majors.Find(Form.MajorCode);
        var found = majors.Search(Form.MajorName).ToList();
        if (major is not null && !found.Contains(major)) found.Insert(0, major);
        MajorMatches = found;
    }

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
