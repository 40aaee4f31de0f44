using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// One graduate of the real-name database for the officers of their county: who (masked; the mobile in clear on request,
/// audited, to call them), the contact deadline (GRD-03), services with their outcomes and recommended jobs (GRD-02), where
/// they went (GRD-15) and who serves them. Every change is a post with the record's version, so two officers do not overwrite
/// each other.
/// </summary>
public sealed class DetailsModel(YincaiDb db, RealNameDatabase graduates, TalentDirectory talents, TalentEnrolment enrolment,
    AccountDirectory accounts, RegionDirectory regions, WorkingDays workingDays, JobReferrals jobs, TalentJobs matched,
    SensitiveDataViews views, Internships internships, ServiceStandards standards, Microsoft.Extensions.Localization.IStringLocalizer<GraduatesResource> text) : PageModel
{
    public Graduate Graduate { get; private set; } = null!;
    public GraduateCard? Person { get; private set; }
    public IReadOnlyList<ServiceRecord> Services { get; private set; } = [];
    public IReadOnlyList<OutcomeChange> Outcomes { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Staff { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<StaffMember> Candidates { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PublishedJobSummary> Jobs { get; private set; } = new Dictionary<Guid, PublishedJobSummary>();
    public IReadOnlyList<JobSuggestion> Suggested { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public string? DueWarning { get; private set; }
    public bool HasPlan { get; private set; }
    public string? ClearMobile { get; private set; }
    public string? RevealRefused { get; private set; }
    public DateOnly Today => graduates.Today;
    public string Standard { get; private set; } = "";
    public int TargetedThisYear => Services.Count(s => s.IsTargeted && s.OnDate.Year == Today.Year);

    // Bound by each handler's parameter, so that one form's post does not validate the other form.
    public ServiceInput Service { get; set; } = new();
    public OutcomeInput OutcomeForm { get; set; } = new();

    public sealed class ServiceInput
    {
        [Required(ErrorMessage = "Required"), Display(Name = "Field_Kind")] public ServiceKind? Kind { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_Channel")] public ServiceChannel? Channel { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_Date")] public DateOnly? OnDate { get; set; }
        [StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_ServiceOutcome")] public string? Outcome { get; set; }
        public List<Guid> JobIds { get; set; } = [];
        /// <summary>Other jobs, as links or ids, one a line.</summary>
        [StringLength(2000, ErrorMessage = "MaxLength"), Display(Name = "Field_JobLinks")] public string? JobLinks { get; set; }
    }

    public InternshipInput Internship { get; set; } = new();
    public IReadOnlyList<InternshipPlacement> Placements { get; private set; } = [];

    public sealed class InternshipInput
    {
        [Required(ErrorMessage = "Required"), StringLength(18, ErrorMessage = "MaxLength"), Display(Name = "Field_HostCreditCode")]
        public string? HostCreditCode { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_StartOn")] public DateOnly? StartOn { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_EndOn")] public DateOnly? EndOn { get; set; }
    }

    /// <summary>GRD-08: places the graduate in an internship at a verified host, eligibility checked on the start date.</summary>
    public async Task<IActionResult> OnPostInternshipAsync(Guid id, int version, [Bind(Prefix = nameof(Internship))] InternshipInput internship)
    {
        Internship = internship;
        Service.OnDate = OutcomeForm.OnDate = graduates.Today;
        if (!await LoadAsync(id, tracked: true)) return NotFound();
        if (Graduate.Version != version) return Stale();
        if (!ModelState.IsValid) return Page();
        var placed = await internships.PlaceAsync(Graduate, internship.HostCreditCode!, internship.StartOn!.Value, internship.EndOn!.Value,
            HttpContext.RequestAborted);
        if (placed.IsError)
        {
            ModelState.AddModelError("Internship." + (placed.Error!.Field ?? ""), placed.Error.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Internship"].Value;
        return RedirectToPage(new { id });
    }

    public sealed class OutcomeInput
    {
        [Required(ErrorMessage = "Required"), Display(Name = "Field_Outcome")] public GraduateOutcome? Outcome { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_OutcomeDate")] public DateOnly? OnDate { get; set; }
        [StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_Evidence")] public string? Evidence { get; set; }
        [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_EmployerName")] public string? EmployerName { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracked: false)) return NotFound();
        Service.OnDate = OutcomeForm.OnDate = Internship.StartOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostServiceAsync(Guid id, int version, [Bind(Prefix = nameof(Service))] ServiceInput service)
    {
        Service = service;
        OutcomeForm.OnDate = graduates.Today;
        if (!await LoadAsync(id, tracked: true)) return NotFound();
        if (Graduate.Version != version) return Stale();
        var jobIds = Service.JobIds.Concat(ParseJobs(Service.JobLinks)).Distinct().ToList();
        if (Service.JobLinks is { Length: > 0 } && ParseJobs(Service.JobLinks).Count == 0)
            ModelState.AddModelError("Service.JobLinks", text["Error_JobLinks"]);
        if (!ModelState.IsValid) return Page();
        var result = await graduates.RecordServiceAsync(Graduate, Service.Kind!.Value, Service.Channel!.Value, Service.OnDate!.Value,
            Service.Outcome ?? "", jobIds, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("Service." + (result.Error!.Field ?? ""), result.Error.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Service"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, int version, [Bind(Prefix = nameof(OutcomeForm))] OutcomeInput outcome)
    {
        OutcomeForm = outcome;
        Service.OnDate = graduates.Today;
        if (!await LoadAsync(id, tracked: true)) return NotFound();
        if (Graduate.Version != version) return Stale();
        if (!ModelState.IsValid) return Page();
        var result = await graduates.SetOutcomeAsync(Graduate, OutcomeForm.Outcome!.Value, OutcomeForm.OnDate!.Value, OutcomeForm.Evidence ?? "",
            OutcomeForm.EmployerName, OutcomeSource.Officer, HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("OutcomeForm." + (result.Error!.Field ?? ""), result.Error.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Outcome"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id, int version, Guid officerId)
    {
        if (!await LoadAsync(id, tracked: true)) return NotFound();
        if (Graduate.Version != version) return Stale();
        var result = await graduates.ReassignAsync(Graduate, officerId, Person?.FullName ?? "", HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError("", result.Error!.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Assigned"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostIntentionAsync(Guid id, int version, GraduateIntention intention)
    {
        if (!await LoadAsync(id, tracked: true)) return NotFound();
        if (Graduate.Version != version) return Stale();
        if (!Enum.IsDefined(intention)) return BadRequest();
        graduates.ChangeIntention(Graduate, intention);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Intention"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The mobile in clear, to call the graduate: recorded (who, whom, why) before it is shown, within the reveal limits.</summary>
    public async Task<IActionResult> OnPostRevealAsync(Guid id)
    {
        if (!await LoadAsync(id, tracked: false)) return NotFound();
        var allowed = await views.RevealAsync("Talent", Graduate.TalentId.ToString(), ["Mobile"], "service", Graduate.RegionCode, HttpContext.RequestAborted);
        if (allowed.IsError)
        {
            RevealRefused = allowed.Error!.Message;
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
        ClearMobile = await enrolment.MobileAsync(Graduate.TalentId, HttpContext.RequestAborted);
        Service.OnDate = OutcomeForm.OnDate = Today;
        return Page();
    }

    private IActionResult Stale()
    {
        TempData["Status"] = GraduateErrors.Stale.Message;
        return RedirectToPage(new { id = Graduate.Id });
    }

    /// <summary>Job ids from pasted job links (…/Jobs/View?id=…) or bare ids.</summary>
    public static List<Guid> ParseJobs(string? links) =>
        (links ?? "").Split(['\n', '\r', ' ', ',', '，'], StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Contains("id=", StringComparison.OrdinalIgnoreCase) ? l[(l.IndexOf("id=", StringComparison.OrdinalIgnoreCase) + 3)..].Split('&')[0] : l)
            .Select(l => Guid.TryParse(l, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();

    private async Task<bool> LoadAsync(Guid id, bool tracked)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.FindInScopeAsync<Graduate>(id, ct, tracked) is not { } graduate) return false;
        Graduate = graduate;
        Person = (await talents.CardsAsync([graduate.TalentId], ct)).GetValueOrDefault(graduate.TalentId);
        Services = await db.GraduateServices.AsNoTracking().Where(s => s.GraduateId == id).OrderByDescending(s => s.OnDate)
            .ThenByDescending(s => s.RecordedAtUtc).ToListAsync(ct);
        Outcomes = await db.GraduateOutcomes.AsNoTracking().Where(o => o.GraduateId == id).OrderByDescending(o => o.AtUtc).ToListAsync(ct);
        var staffIds = Services.Select(s => s.OfficerId).Concat(Outcomes.Select(o => o.ByUserId)).Append(graduate.OfficerId)
            .OfType<Guid>().Distinct().ToList();
        Staff = await accounts.DisplayNamesAsync(staffIds, ct);
        Candidates = await graduates.OfficersForAsync(graduate.RegionCode, ct);
        HasPlan = await db.HelpPlans.AnyAsync(p => p.GraduateId == id, ct);
        Standard = StandardModel.Describe((await standards.ForAsync(graduate.RegionCode, ct)).Requirements, text);
        Placements = await db.Internships.AsNoTracking().Where(p => p.GraduateId == id).OrderByDescending(p => p.StartOn).ToListAsync(ct);
        var jobIds = Services.SelectMany(s => s.JobIds).Distinct().ToList();
        Jobs = (await jobs.SummariesAsync(jobIds, openOnly: false, ct)).ToDictionary(j => j.Id);
        if (graduate.InDatabase && graduate.Intention == GraduateIntention.Job)
            Suggested = (await matched.BestAsync([graduate.TalentId], 5, ct)).GetValueOrDefault(graduate.TalentId) ?? [];
        string?[] codes = [graduate.RegionCode, graduate.SearchRegionCode, Person?.RegionCode];
        RegionNames = await regions.FullNamesAsync(codes.OfType<string>().Distinct().ToList(), ct);
        if (graduate.ContactDueEstimated && graduate.ContactDueOn is { } due)
            DueWarning = workingDays.Warning(await workingDays.AddAsync(graduate.RegisteredOn, graduates.Options.ContactWorkingDays, ct), due);
        return true;
    }
}
