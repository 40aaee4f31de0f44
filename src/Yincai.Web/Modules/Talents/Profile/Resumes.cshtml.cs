using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>The talent's résumés: each with its text and perhaps a PDF, which the talent can download or remove.</summary>
public sealed class ResumesModel(YincaiDb db, TalentProfiles profiles, ResumeRecords records, CurrentUser current,
    TimeProvider clock, IStringLocalizer<TalentsResource> text) : PageModel
{
    public IReadOnlyList<ResumeListing> Resumes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        Resumes = await records.OfAsync(talent.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id)
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        if (await records.PdfAsync(talent.Id, id, HttpContext.RequestAborted) is not { } pdf) return NotFound();
        // An attachment, never shown inline; the platform's nosniff header keeps browsers from guessing another type.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }

    public async Task<IActionResult> OnPostRemovePdfAsync(Guid id)
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        if (await db.Resumes.FirstOrDefaultAsync(r => r.Id == id && r.TalentId == talent.Id, HttpContext.RequestAborted) is not { } resume)
            return NotFound();
        resume.RemovePdf(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Resume_PdfRemoved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        if (await db.Resumes.FirstOrDefaultAsync(r => r.Id == id && r.TalentId == talent.Id, HttpContext.RequestAborted) is not { } resume)
            return NotFound();
        db.Resumes.Remove(resume);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Resume_Deleted"].Value;
        return RedirectToPage();
    }

    private async Task<Talent?> MineAsync() =>
        current.Id is { } userId ? await profiles.MineAsync(userId, HttpContext.RequestAborted) : null;

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
