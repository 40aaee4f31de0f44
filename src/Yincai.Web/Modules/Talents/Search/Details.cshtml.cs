using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Search;

/// <summary>
/// A shared profile as a verified employer sees it: education, intention, skills and résumé texts; the name masked,
/// no ID number or mobile. Each view is written to the audit trail, so a talent's data shows who looked.
/// </summary>
public sealed class DetailsModel(YincaiDb db, SharedTalents talents, SensitiveDataViews views, RegionDirectory regions,
    CurrentUser current) : PageModel
{
    public Talent Talent { get; private set; } = null!;
    public IReadOnlyList<Education> Educations { get; private set; } = [];
    public IReadOnlyList<(string Title, string Text)> Resumes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (current.Id is not { } userId || await talents.VerifiedEmployerAsync(userId, ct) is null) return NotFound();
        if (await talents.Visible().FirstOrDefaultAsync(t => t.Id == id, ct) is not { } talent) return NotFound();
        await views.RecordAsync(nameof(Talent), talent.Id.ToString(), ["Profile"], "employer_search", talent.RegionCode, ct);
        Talent = talent;
        Educations = await db.Educations.AsNoTracking().Where(e => e.TalentId == id).OrderByDescending(e => e.GraduationDate).ToListAsync(ct);
        Resumes = (await db.Resumes.AsNoTracking().Where(r => r.TalentId == id).OrderByDescending(r => r.UpdatedAtUtc)
            .Select(r => new { r.Title, r.Text }).ToListAsync(ct)).Select(r => (r.Title, r.Text)).ToList();
        RegionNames = await regions.NamesAsync(talent.IntendedRegionCodes, ct);
        return Page();
    }
}
