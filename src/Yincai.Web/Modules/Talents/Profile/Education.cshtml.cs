using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>The talent's schools, newest first; each can be changed or removed.</summary>
public sealed class EducationModel(TalentProfiles profiles, EducationRecords records, CurrentUser current,
    IStringLocalizer<TalentsResource> text) : PageModel
{
    public IReadOnlyList<Education> Educations { get; private set; } = [];
    public Talent Talent { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is not { } talent) return PersonalFirst();
        Talent = talent;
        Educations = await records.OfAsync(talent.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        if (current.Id is not { } userId) return Challenge();
        if (await profiles.MineAsync(userId, HttpContext.RequestAborted) is not { } talent) return PersonalFirst();
        if (!await records.RemoveAsync(talent, id, HttpContext.RequestAborted)) return NotFound();
        TempData["Status"] = text["Education_Removed"].Value;
        return RedirectToPage();
    }

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
