using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Employers.Review;

/// <summary>An officer verifies or rejects an employer of their region and sets the key-contact flag.</summary>
public sealed class DetailsModel(YincaiDb db, Complaints.Contracts.ComplaintRecord complaints, RegionDirectory regions, IndustryCatalog industries, CurrentUser current,
    TimeProvider clock, IStringLocalizer<EmployersResource> text, IStringLocalizer<SharedResource> shared) : PageModel
{
    public Employer Employer { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }

    /// <summary>The code passes GB 32100 (checked at registration) but its embedded organisation code fails GB 11714:
    /// a warning for the officer, who compares it with the business licence before verifying.</summary>
    public bool OrganisationCodeDoubtful { get; private set; }

    /// <summary>Complaints against the employer that were upheld (GRD-14): the reviewer sees them before verifying.</summary>
    public int UpheldComplaints { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostVerifyAsync(Guid id, int version) =>
        ActAsync(id, version, e => e.Verify(current.Id!.Value, Now), "Review_Verified");

    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? reason) =>
        ActAsync(id, version, e => e.Reject(current.Id!.Value, reason ?? "", Now), "Review_Rejected");

    public Task<IActionResult> OnPostKeyContactAsync(Guid id, int version, bool keyContact) =>
        ActAsync(id, version, e => e.SetKeyContact(keyContact, Now), keyContact ? "Review_KeyContactSet" : "Review_KeyContactRemoved");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IActionResult> ActAsync(Guid id, int version, Func<Employer, Result> action, string doneKey)
    {
        var employer = await db.FindInScopeAsync<Employer>(id, HttpContext.RequestAborted);
        if (employer is null) return NotFound();
        // The officer decided on the version they saw; a change since then must be looked at first.
        db.Entry(employer).Property(e => e.Version).OriginalValue = version;
        var result = action(employer);
        if (!result.IsError)
        {
            try
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Status"] = text[doneKey].Value;
                return Redirect("/Employers/Review/Details?id=" + id);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError("", shared["ConcurrencyConflict"]);
            }
        }
        else
        {
            ModelState.AddModelError("", result.Error!.Message);
            db.ChangeTracker.Clear();
        }
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.FindInScopeAsync<Employer>(id, HttpContext.RequestAborted, tracked: false) is not { } employer) return false;
        Employer = employer;
        RegionName = (await regions.NamesAsync([employer.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(employer.RegionCode);
        IndustryName = industries.Find(employer.IndustryCode)?.Name;
        UpheldComplaints = (await complaints.UpheldCountsAsync([employer.Id], HttpContext.RequestAborted)).GetValueOrDefault(employer.Id);
        OrganisationCodeDoubtful = SocialCreditCode.Validate(employer.CreditCode, text["Field_CreditCode"]) is { IsError: false, Value.OrganisationCodeCheckPassed: false };
        return true;
    }
}
