using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// One ambassador for an officer of its city or province: the record with the ID number masked (shown in clear only on a
/// post with a purpose, audited first), the history of terms, filing lines, certificates, contributions, referrals, letters and
/// rewards, and the actions of the lifecycle.
/// </summary>
public sealed class DetailsModel(YincaiDb db, AmbassadorRegistry registry, AmbassadorWork work, TalentEnrolment talents, SensitiveDataViews views,
    IOptions<AmbassadorsOptions> options, IStringLocalizer<AmbassadorsResource> text, Regions.Contracts.RegionDirectory regions) : PageModel
{
    public static readonly IReadOnlyList<string> Purposes = ["identity_check", "filing", "reward"];

    public Ambassador Ambassador { get; private set; } = null!;
    public string? ClearIdNumber { get; private set; }
    /// <summary>Why a reveal was refused (the limit of reveals was reached); nothing is shown then.</summary>
    public string? RevealRefused { get; private set; }
    public IReadOnlyList<AmbassadorTerm> Terms { get; private set; } = [];
    public IReadOnlyList<FilingLine> Lines { get; private set; } = [];
    public IReadOnlyList<AmbassadorCertificate> Certificates { get; private set; } = [];
    public IReadOnlyList<Contribution> Contributions { get; private set; } = [];
    public IReadOnlyList<Letter> Letters { get; private set; } = [];
    public IReadOnlyList<Reward> Rewards { get; private set; } = [];
    public ReferralCounts Referrals { get; private set; } = new(0, 0, 0, 0);
    public DateOnly Today => registry.Today;
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    [BindProperty] public SchoolForm School { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? purpose)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (purpose is null || !Purposes.Contains(purpose)) return BadRequest();
        var allowed = await views.RevealAsync(nameof(Ambassador), Ambassador.Id.ToString(), ["IdNumber"], purpose, Ambassador.RegionCode,
            HttpContext.RequestAborted);
        if (allowed.IsError)
        {
            RevealRefused = allowed.Error!.Message;
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
        ClearIdNumber = await talents.IdNumberAsync(Ambassador.TalentId, HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id) => Act(id, () => registry.ActivateAsync(id, HttpContext.RequestAborted), "Done_Activated");

    public Task<IActionResult> OnPostExitAsync(Guid id, ExitReason reason, DateOnly? exitedOn, string? note) =>
        Act(id, () => registry.ExitAsync(id, reason, exitedOn ?? Today, note, HttpContext.RequestAborted), "Done_Exited");

    public Task<IActionResult> OnPostReappointAsync(Guid id) =>
        Act(id, () => registry.ReappointAsync(id, School.ToApplication(null, true), HttpContext.RequestAborted), "Done_Reappointed");

    public Task<IActionResult> OnPostReturnFlagAsync(Guid id, bool wants) =>
        Act(id, () => registry.SetWantsToReturnAsync(id, wants, HttpContext.RequestAborted), "Done_Saved");

    public Task<IActionResult> OnPostLetterAsync(Guid id, LetterKind kind, string? note) =>
        Act(id, async () => { var r = await work.SendLetterAsync(id, kind, note, HttpContext.RequestAborted); return r.IsError ? r.Error! : Result.Ok(); }, "Done_LetterSent");

    public Task<IActionResult> OnPostContributionAsync(Guid id, ContributionKind kind, DateOnly? on, int quantity, string? description, string? evidence) =>
        Act(id, () => work.RecordContributionAsync(id, kind, on ?? Today, quantity, description ?? "", evidence, bySelf: false, HttpContext.RequestAborted),
            "Done_Saved");

    public Task<IActionResult> OnPostRewardAsync(Guid id, decimal amountYuan, string? reason) =>
        Act(id, () => work.ProposeRewardAsync(id, (long)Math.Round(amountYuan * 100), reason ?? "", HttpContext.RequestAborted), "Done_Saved");

    public Task<IActionResult> OnPostDecideRewardAsync(Guid id, Guid rewardId, bool approve) =>
        Act(id, () => work.DecideRewardAsync(rewardId, approve, HttpContext.RequestAborted), "Done_Saved");

    public async Task<IActionResult> OnGetCertificateAsync(Guid id, Guid certificateId)
    {
        if (!await LoadAsync(id) || Certificates.FirstOrDefault(c => c.Id == certificateId) is not { } certificate) return NotFound();
        var pdf = await work.CertificatePdfAsync(certificate, Ambassador, BaseUrl, HttpContext.RequestAborted);
        return File(pdf.Pdf, "application/pdf", pdf.FileName);
    }

    public async Task<IActionResult> OnGetLetterAsync(Guid id, Guid letterId)
    {
        if (!await LoadAsync(id) || Letters.FirstOrDefault(l => l.Id == letterId) is not { } letter) return NotFound();
        var pdf = await work.LetterPdfAsync(letter, Ambassador, HttpContext.RequestAborted);
        return File(pdf.Pdf, "application/pdf", pdf.FileName);
    }

    private string BaseUrl => options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : $"{Request.Scheme}://{Request.Host}";

    private async Task<IActionResult> Act(Guid id, Func<Task<Result>> action, string doneKey)
    {
        if (await db.FindInScopeAsync<Ambassador>(id, HttpContext.RequestAborted, tracked: false) is null) return NotFound();
        ModelState.Clear();
        var result = await action();
        if (!result.IsError)
        {
            TempData["Status"] = text[doneKey].Value;
            return Redirect("/Ambassadors/Details?id=" + id);
        }
        ModelState.AddModelError(result.Error!.Field is { } field && School.GetType().GetProperty(field) is not null ? "School." + field : "",
            result.Error.Message);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.FindInScopeAsync<Ambassador>(id, ct, tracked: false) is not { } ambassador) return false;
        Ambassador = ambassador;
        RegionNames = await regions.NamesAsync([ambassador.RegionCode, ambassador.NativePlaceCode], ct);
        Terms = await db.AmbassadorTerms.AsNoTracking().Where(t => t.AmbassadorId == id).OrderByDescending(t => t.StartedOn).ThenByDescending(t => t.Id).ToListAsync(ct);
        Lines = await db.FilingLines.AsNoTracking().Where(l => l.AmbassadorId == id).OrderByDescending(l => l.Id).ToListAsync(ct);
        Certificates = await db.AmbassadorCertificates.AsNoTracking().Where(c => c.AmbassadorId == id).OrderByDescending(c => c.IssuedOn).ToListAsync(ct);
        Contributions = await db.AmbassadorContributions.AsNoTracking().Where(c => c.AmbassadorId == id).OrderByDescending(c => c.On).Take(100).ToListAsync(ct);
        Letters = await db.AmbassadorLetters.AsNoTracking().Where(l => l.AmbassadorId == id).OrderByDescending(l => l.On).ToListAsync(ct);
        Rewards = await db.AmbassadorRewards.AsNoTracking().Where(r => r.AmbassadorId == id).OrderByDescending(r => r.ProposedAtUtc).ToListAsync(ct);
        Referrals = await work.ReferralsAsync(id, null, ct);
        if (School.SchoolName is null)
            (School.SchoolName, School.Country, School.Role, School.Degree, School.IsPhd, School.ExpectedLeavingOn) =
                (ambassador.SchoolName, ambassador.Country, ambassador.Role, ambassador.Degree, ambassador.IsPhd, ambassador.ExpectedLeavingOn);
        return true;
    }
}
