using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// The ambassadors of the officer's scope (YincaiDb's filter), with what needs doing: the countdown to the next filing
/// deadline, the city's count against its quota, normal exits waiting for the thank-you letter (AMB-11), certificates about
/// to expire, the holiday windows without an event (AMB-07, AMB-08, AMB-14), and the digest schedule (AMB-09).
/// </summary>
public sealed class IndexModel(YincaiDb db, AmbassadorRegistry registry, AmbassadorFiling filing, AmbassadorEvents events, CurrentUser current,
    IOptions<AmbassadorsOptions> options, IStringLocalizer<AmbassadorsResource> text, TimeProvider clock, Regions.Contracts.RegionDirectory regions,
    Matching.Contracts.TalentJobs talentJobs) : PageModel
{
    [BindProperty(SupportsGet = true)] public AmbassadorStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool WantsToReturn { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>A city (or province) of the scope: the reports' drill-down.</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<Ambassador> Ambassadors { get; private set; } = new([], 1, 1, 0);
    public FilingDeadline Deadline { get; private set; } = null!;
    public string? City => filing.OwnCity;
    public bool IsProvince => filing.IsProvinceOfficer;
    public int Active { get; private set; }
    public int Quota => registry.Quota;
    public IReadOnlyList<Ambassador> ThanksDue { get; private set; } = [];
    public IReadOnlyList<(AmbassadorCertificate Certificate, string Name)> Expiring { get; private set; } = [];
    public IReadOnlyList<string> Gaps { get; private set; } = [];
    public IReadOnlyList<AmbassadorEventSummary> Events { get; private set; } = [];
    public int? DigestDays { get; private set; }
    public int Year => registry.Today.Year;
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    /// <summary>With the returning filter: each listed ambassador's best jobs (AMB-12), by talent id.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Matching.Contracts.JobSuggestion>> Jobs { get; private set; } =
        new Dictionary<Guid, IReadOnlyList<Matching.Contracts.JobSuggestion>>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var query = db.Ambassadors.AsNoTracking();
        if (Status is { } status) query = query.Where(a => a.Status == status);
        if (WantsToReturn) query = query.Where(a => a.WantsToReturn);
        if (RegionScope.FilterPrefix(Region) is { } prefix) query = query.Where(a => a.RegionCode.StartsWith(prefix));
        if (!string.IsNullOrWhiteSpace(Q)) { var q = Q.Trim(); query = query.Where(a => a.FullName.Contains(q) || a.SchoolName.Contains(q)); }
        Ambassadors = await query.ToCappedPagedListAsync(q => q.OrderBy(a => a.Status).ThenBy(a => a.FullName), PageNumber, 30, ct);
        Deadline = await registry.NextDeadlineAsync(ct);
        RegionNames = await regions.NamesAsync(Ambassadors.Items.Select(a => a.RegionCode).Distinct().ToList(), ct);
        if (WantsToReturn) Jobs = await talentJobs.BestAsync(Ambassadors.Items.Select(a => a.TalentId).ToList(), 3, ct);
        // Counted no further than the quota needs: the page says whether it is met.
        Active = await db.Ambassadors.Where(a => a.Status == AmbassadorStatus.Active).Take(Quota + 1).CountAsync(ct);
        ThanksDue = await db.Ambassadors.AsNoTracking().Where(a => a.ThanksLetterDue).OrderBy(a => a.ExitedOn).Take(50).ToListAsync(ct);
        var horizon = registry.Today.AddDays(options.Value.ExpiryNoticeDays);
        var today = registry.Today;
        Expiring = (await db.AmbassadorCertificates.AsNoTracking().Where(c => c.RevokedOn == null && c.ExpiresOn >= today && c.ExpiresOn <= horizon)
                .Join(db.Ambassadors.AsNoTracking(), c => c.AmbassadorId, a => a.Id, (c, a) => new { c, a.FullName })
                .OrderBy(x => x.c.ExpiresOn).Take(50).ToListAsync(ct))
            .Select(x => (x.c, x.FullName)).ToList();
        var own = City ?? (IsProvince ? current.Scope.Prefix + "0000" : null);
        if (own is not null)
        {
            Gaps = await events.GapsAsync(own, Year, ct);
            Events = await events.OfYearAsync(own, Year, ct);
        }
        if (City is { } city)
            DigestDays = await db.DigestSchedules.AsNoTracking().Where(s => s.RegionCode == city).Select(s => (int?)s.IntervalDays).FirstOrDefaultAsync(ct)
                ?? options.Value.DefaultDigestDays;
    }

    /// <summary>The city sets how often its ambassadors get the digest (AMB-09).</summary>
    public async Task<IActionResult> OnPostDigestAsync(int intervalDays)
    {
        if (City is not { } city) return Forbid();
        var now = clock.GetUtcNow().UtcDateTime;
        var schedule = await db.DigestSchedules.FirstOrDefaultAsync(s => s.RegionCode == city, HttpContext.RequestAborted);
        if (schedule is null) db.DigestSchedules.Add(new DigestSchedule(city, intervalDays, now));
        else schedule.Set(intervalDays, now);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Digest"].Value;
        return RedirectToPage();
    }

    /// <summary>One click: every PhD ambassador of the region is invited to the exchange (AMB-08).</summary>
    public async Task<IActionResult> OnPostInvitePhdAsync(Guid eventId)
    {
        var result = await events.InvitePhdAmbassadorsAsync(eventId, HttpContext.RequestAborted);
        TempData["Status"] = result.IsError ? result.Error!.Message : text["Done_InvitedPhd", result.Value].Value;
        return RedirectToPage();
    }
}
