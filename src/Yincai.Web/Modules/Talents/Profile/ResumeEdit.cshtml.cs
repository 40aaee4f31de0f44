using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>Writes a résumé and attaches a PDF. The file is judged by its content (a renamed text file is refused)
/// and by its size; anything refused changes nothing and the message names the field.</summary>
[UploadLimit(Resume.MaxPdfBytes)]
public sealed class ResumeEditModel(YincaiDb db, TalentProfiles profiles, CurrentUser current,
    TimeProvider clock, IStringLocalizer<TalentsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public InputModel Form { get; set; } = new();
    public string? PdfFileName { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(100, ErrorMessage = "MaxLength"), Display(Name = "Field_ResumeTitle")]
        public string Title { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(8000, ErrorMessage = "MaxLength"), Display(Name = "Field_ResumeText")]
        public string Text { get; set; } = "";
        [Display(Name = "Field_Pdf")] public IFormFile? Pdf { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        if (Id is { } id)
        {
            if (await db.Resumes.AsNoTracking().Where(r => r.Id == id && r.TalentId == talent.Id)
                    .Select(r => new { r.Title, r.Text, r.PdfFileName }).FirstOrDefaultAsync(HttpContext.RequestAborted) is not { } resume)
                return NotFound();
            (Form.Title, Form.Text, PdfFileName) = (resume.Title, resume.Text, resume.PdfFileName);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        Resume? resume = null;
        if (Id is { } id)
        {
            resume = await db.Resumes.FirstOrDefaultAsync(r => r.Id == id && r.TalentId == talent.Id, HttpContext.RequestAborted);
            if (resume is null) return NotFound();
            PdfFileName = resume.PdfFileName;
        }
        else if (await db.Resumes.CountAsync(r => r.TalentId == talent.Id, HttpContext.RequestAborted) >= ResumeRecords.MaxPerTalent)
        {
            ModelState.AddModelError("", text["Error_TooManyResumes", ResumeRecords.MaxPerTalent]);
        }
        var pdf = await ReadPdfAsync();
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        if (resume is null)
        {
            resume = new Resume(talent.Id, Form.Title.Trim(), Form.Text.Trim(), now);
            db.Resumes.Add(resume);
        }
        else
        {
            resume.Edit(Form.Title.Trim(), Form.Text.Trim(), now);
        }
        if (pdf is not null) resume.AttachPdf(ResumeRecords.SafeFileName(Form.Pdf!.FileName), pdf, now);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Resume_Saved"].Value;
        return Redirect("/Talents/Profile/Resumes");
    }

    /// <summary>The uploaded PDF's bytes when it passes, null when none was sent; a refusal goes to ModelState.</summary>
    private async Task<byte[]?> ReadPdfAsync()
    {
        if (Form.Pdf is not { Length: > 0 } file) return null;
        if (file.Length > Resume.MaxPdfBytes)
        {
            ModelState.AddModelError("Form.Pdf", text["Error_PdfTooLarge", Resume.MaxPdfBytes / 1024 / 1024]);
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var content = buffer.ToArray();
        if (!Resume.LooksLikePdf(content))
        {
            ModelState.AddModelError("Form.Pdf", text["Error_NotPdf"]);
            return null;
        }
        return content;
    }

    private async Task<Talent?> MineAsync() =>
        current.Id is { } userId ? await profiles.MineAsync(userId, HttpContext.RequestAborted) : null;

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
