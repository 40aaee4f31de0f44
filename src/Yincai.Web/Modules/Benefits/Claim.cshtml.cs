using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Rules;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>
/// One claim (ENT-05, ENT-06). With <c>benefit</c> (and <c>intake</c>), the claimant's claim filled in from their records: every
/// condition the platform proves marked verified with its source, a file asked only for the others, the amount with each input.
/// With <c>id</c>, a claim as made: its conditions, inputs, amount and status, for its claimant, and for the officers of its
/// region, who approve it or reject it with a reason.
/// </summary>
public sealed class ClaimModel(BenefitClaims claims, RegionDirectory regions, CurrentUser current, IStringLocalizer<BenefitsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Benefit { get; set; }
    [BindProperty(SupportsGet = true)] public int? Intake { get; set; }

    public ClaimOption? Option { get; private set; }
    public BenefitApplication? Application { get; private set; }
    public IReadOnlyList<(Guid Id, int Condition, string FileName)> Evidence { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public bool CanReview => current.IsInRole(Roles.Officer) && Application is { Status: ApplicationStatus.Submitted };
    public string? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (Id is { } id)
        {
            Application = await claims.ViewAsync(id, ct);
            if (Application is null) return false;
            Evidence = await claims.EvidenceListAsync(id, ct);
            RegionNames = await regions.FullNamesAsync(Application.Inputs.Select(i => i.Value).Where(RegionScope.IsRegionCode).Distinct().ToList(), ct);
            return true;
        }
        if (Benefit is not { } benefit || await claims.MeAsync(ct) is not { } me) return false;
        Option = await claims.OptionAsync(me, benefit, Intake, ct);
        if (Option is null) return false;
        RegionNames = await regions.FullNamesAsync(Option.Eligibility.Inputs.Select(i => i.Value).Where(RegionScope.IsRegionCode).Distinct().ToList(), ct);
        return true;
    }

    public async Task<IActionResult> OnPostApplyAsync(List<IFormFile>? files, List<int>? conditions)
    {
        var ct = HttpContext.RequestAborted;
        if (Benefit is not { } benefit || await claims.MeAsync(ct) is not { } me) return NotFound();
        var uploads = new List<EvidenceUpload>();
        for (var i = 0; i < (files?.Count ?? 0) && i < (conditions?.Count ?? 0); i++)
        {
            var file = files![i];
            uploads.Add(new EvidenceUpload(conditions![i], file.FileName, await EvidenceFile.ReadAsync(file, BenefitClaims.MaxEvidenceBytes, ct)));
        }
        var applied = await claims.ApplyAsync(me, benefit, Intake, uploads, ct);
        if (applied.IsError)
        {
            Status = applied.Error!.Message;
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text["Done_Applied"].Value;
        return RedirectToPage(new { id = applied.Value!.Id });
    }

    public async Task<IActionResult> OnPostApproveAsync(int version)
    {
        if (Id is not { } id || !current.IsInRole(Roles.Officer)) return NotFound();
        var approved = await claims.ApproveAsync(id, version, HttpContext.RequestAborted);
        TempData["Status"] = approved.IsError ? approved.Error!.Message : text["Done_Approved", Display.Yuan(approved.Value!.Amount)].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRejectAsync(int version, string? reason)
    {
        if (Id is not { } id || !current.IsInRole(Roles.Officer)) return NotFound();
        var rejected = await claims.RejectAsync(id, version, reason, HttpContext.RequestAborted);
        TempData["Status"] = rejected.IsError ? rejected.Error!.Message : text["Done_Rejected"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid evidence)
    {
        if (Id is not { } id || await claims.EvidenceAsync(id, evidence, HttpContext.RequestAborted) is not { } file) return NotFound();
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A fact's value in words: degrees by name, yes or no, rates as percentages, places by name.</summary>
    public string Show(ClaimInput input)
    {
        var value = input.Value;
        if (input.Fact == "Degree" && RuleFacts.Constants.FirstOrDefault(c => c.Value.ToString(CultureInfo.InvariantCulture) == value).Key is { } degree)
            return text["Degree_" + degree];
        if (value is "True" or "False") return text[value == "True" ? "Yes" : "No"];
        if (input.Fact == "RetentionRate" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
            return (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        if (input.Fact is "MinimumWage" && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan)) return Display.Yuan(yuan);
        return RegionNames.GetValueOrDefault(value) ?? value;
    }
}
