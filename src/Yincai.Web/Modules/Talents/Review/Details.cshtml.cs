using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Profile;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Review;

/// <summary>One talent for an officer: the whole profile, with the ID number masked and the disadvantaged groups
/// hidden. Showing either in clear is a separate post with a purpose, written to the audit trail before the value is
/// sent (SECURITY.md §2).</summary>
public sealed class DetailsModel(YincaiDb db, FieldProtection protection, SensitiveDataViews views, RegionDirectory regions,
    ResumeRecords resumes, IndustryCatalog industries, Yincai.Modules.Jobs.Contracts.OccupationCatalog occupations) : PageModel
{
    public static readonly IReadOnlyList<string> Purposes = ["identity_check", "service", "subsidy", "complaint"];

    public Talent Talent { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public string? RegionName => RegionNames.GetValueOrDefault(Talent.RegionCode);
    public string? ClearIdNumber { get; private set; }
    /// <summary>Why a reveal was refused (the limit of reveals was reached); nothing is shown then.</summary>
    public string? RevealRefused { get; private set; }
    public DisadvantagedGroup? ClearDisadvantaged { get; private set; }
    public IReadOnlyList<Education> Educations { get; private set; } = [];
    public IReadOnlyList<ResumeListing> Resumes { get; private set; } = [];
    public IReadOnlyList<EmploymentChange> Employment { get; private set; } = [];
    public IReadOnlyList<Consent> Consents { get; private set; } = [];
    public IndustryCatalog Industries => industries;

    public Yincai.Modules.Jobs.Contracts.OccupationCatalog Occupations => occupations;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Shows one protected field in clear: the ID number (default) or the disadvantaged groups.</summary>
    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? purpose, string? field)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (purpose is null || !Purposes.Contains(purpose)) return BadRequest();
        var disadvantaged = field == "disadvantaged";
        var allowed = await views.RevealAsync(nameof(Talent), Talent.Id.ToString(), [disadvantaged ? "DisadvantagedGroup" : "IdNumber"], purpose,
            Talent.RegionCode, HttpContext.RequestAborted);
        if (allowed.IsError)
        {
            RevealRefused = allowed.Error!.Message;
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
        if (disadvantaged) ClearDisadvantaged = DisadvantagedGroupProtection.Decrypt(Talent.DisadvantagedCipher, protection);
        else if (Talent.IdNumberCipher.Length > 0) ClearIdNumber = protection.Decrypt(Talent.IdNumberCipher);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid resumeId)
    {
        if (await db.FindInScopeAsync<Talent>(id, HttpContext.RequestAborted, tracked: false) is not { } talent) return NotFound();
        if (await resumes.PdfAsync(talent.Id, resumeId, HttpContext.RequestAborted) is not { } pdf) return NotFound();
        await views.RecordDownloadAsync(nameof(Talent), talent.Id.ToString(), "ResumePdf", resumeId.ToString(), "officer_review",
            talent.RegionCode, HttpContext.RequestAborted);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.FindInScopeAsync<Talent>(id, ct, tracked: false) is not { } talent) return false;
        Talent = talent;
        Educations = await db.Educations.AsNoTracking().Where(e => e.TalentId == id).OrderByDescending(e => e.GraduationDate).ToListAsync(ct);
        Resumes = await resumes.OfAsync(id, ct);
        Employment = await db.EmploymentChanges.AsNoTracking().Where(e => e.TalentId == id).OrderByDescending(e => e.AtUtc)
            .ThenByDescending(e => e.Id).ToListAsync(ct);
        Consents = await db.Consents.AsNoTracking().Where(c => c.TalentId == id).OrderByDescending(c => c.AtUtc)
            .ThenByDescending(c => c.Id).ToListAsync(ct);
        string?[] codes = [talent.RegionCode, talent.NativePlaceCode, talent.CurrentRegionCode, .. talent.IntendedRegionCodes,
            .. talent.IntendedPositions.Select(p => p.RegionCode)];
        RegionNames = await regions.NamesAsync(codes.OfType<string>().Distinct().ToList(), ct);
        return true;
    }
}
