using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>A talent's own ambassador record: status, certificate, referral code, what their links brought, their own
/// contributions, letters, and whether they want to come back to work in the province (AMB-12).</summary>
public sealed class MineModel(YincaiDb db, TalentEnrolment talents, AmbassadorWork work, CurrentUser current, IOptions<AmbassadorsOptions> options,
    IStringLocalizer<AmbassadorsResource> text, ChinaClock clock) : PageModel
{
    public Ambassador? Ambassador { get; private set; }
    public AmbassadorCertificate? Certificate { get; private set; }
    public ReferralCounts Referrals { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<Letter> Letters { get; private set; } = [];
    public IReadOnlyList<Contribution> Contributions { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostReturnFlagAsync(bool wants)
    {
        if (!await LoadAsync() || Ambassador is null) return NotFound();
        var tracked = await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstAsync(a => a.Id == Ambassador.Id, HttpContext.RequestAborted);
        tracked.SetWantsToReturn(wants, clock.UtcNow);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostContributionAsync(ContributionKind kind, DateOnly? on, int quantity, string? description, string? evidence)
    {
        if (!await LoadAsync() || Ambassador is null) return NotFound();
        var result = await work.RecordContributionAsync(Ambassador.Id, kind, on ?? Today, quantity, description ?? "", evidence, bySelf: true,
            HttpContext.RequestAborted);
        TempData["Status"] = result.IsError ? result.Error!.Message : text["Done_Saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCertificateAsync()
    {
        if (!await LoadAsync() || Ambassador is null || Certificate is null) return NotFound();
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : $"{Request.Scheme}://{Request.Host}";
        var pdf = await work.CertificatePdfAsync(Certificate, Ambassador, baseUrl, HttpContext.RequestAborted);
        return File(pdf.Pdf, "application/pdf", pdf.FileName);
    }

    public async Task<IActionResult> OnGetLetterAsync(Guid letterId)
    {
        if (!await LoadAsync() || Ambassador is null || Letters.FirstOrDefault(l => l.Id == letterId) is not { } letter) return NotFound();
        var pdf = await work.LetterPdfAsync(letter, Ambassador, HttpContext.RequestAborted);
        return File(pdf.Pdf, "application/pdf", pdf.FileName);
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (current.Id is not { } userId) return false;
        if (await talents.OfUserAsync(userId, ct) is not { } talentId) return true;
        // The person's own record: found by their talent, not by an officer's region scope.
        Ambassador = await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().FirstOrDefaultAsync(a => a.TalentId == talentId, ct);
        if (Ambassador is null) return true;
        var id = Ambassador.Id;
        Certificate = await db.AmbassadorCertificates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(c => c.AmbassadorId == id && c.RevokedOn == null).OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);
        Letters = await db.AmbassadorLetters.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(l => l.AmbassadorId == id)
            .OrderByDescending(l => l.On).ToListAsync(ct);
        Contributions = await db.AmbassadorContributions.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(c => c.AmbassadorId == id)
            .OrderByDescending(c => c.On).Take(50).ToListAsync(ct);
        Referrals = await work.ReferralsAsync(id, null, ct);
        return true;
    }
}
