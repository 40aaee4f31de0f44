using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Complaints.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Complaints.Manage;

/// <summary>
/// One complaint for the officers of its scope: its record, the evidence and the filer (handling officers only, each view
/// audited), and the next step: accept or not, handle, resolve with the outcome and what was done (GRD-14).
/// </summary>
public sealed class DetailsModel(ComplaintHandling handling, ComplaintRecord record, RegionDirectory regions, AccountDirectory accounts,
    IStringLocalizer<ComplaintsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public Complaint Complaint { get; private set; } = null!;
    public IReadOnlyList<ComplaintStep> Steps { get; private set; } = [];
    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Actors { get; private set; } = new Dictionary<Guid, string>();
    public string RegionName { get; private set; } = "";
    public string AssignedName { get; private set; } = "";
    public int UpheldAgainstEmployer { get; private set; }
    public bool IsHandler { get; private set; }
    public ComplaintFiler? Filer { get; private set; }
    public DateOnly Today => handling.Today;

    public async Task<IActionResult> OnGetAsync()
    {
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevealAsync()
    {
        var revealed = await handling.RevealFilerAsync(Id, HttpContext.RequestAborted);
        if (revealed.IsError) ModelState.AddModelError("", revealed.Error!.Message);
        else Filer = revealed.Value;
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid file)
    {
        if (await handling.EvidenceFileAsync(Id, file, HttpContext.RequestAborted) is not { } evidence) return NotFound();
        return File(evidence.Content, evidence.ContentType, evidence.FileName);
    }

    public Task<IActionResult> OnPostAcceptAsync(int version) =>
        AfterAsync(handling.AcceptAsync(Id, version, HttpContext.RequestAborted), "Done_Accepted");

    public Task<IActionResult> OnPostNotAcceptAsync(int version, string? reason) =>
        AfterAsync(handling.NotAcceptAsync(Id, version, reason, HttpContext.RequestAborted), "Done_NotAccepted");

    public Task<IActionResult> OnPostHandleAsync(int version, string? note) =>
        AfterAsync(handling.StartHandlingAsync(Id, version, note, HttpContext.RequestAborted), "Done_Handling");

    public Task<IActionResult> OnPostResolveAsync(int version, bool upheld, string? outcome, List<ComplaintActions>? actions) =>
        AfterAsync(handling.ResolveAsync(Id, version, upheld, outcome,
            (actions ?? []).Where(Enum.IsDefined).Aggregate(ComplaintActions.None, (all, a) => all | a), HttpContext.RequestAborted), "Done_Resolved");

    private async Task<IActionResult> AfterAsync(Task<Result> step, string doneKey)
    {
        var result = await step;
        if (result.IsError)
        {
            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text[doneKey].Value;
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await handling.FindAsync(Id, ct) is not { } complaint) return false;
        Complaint = complaint;
        IsHandler = handling.IsHandler(complaint);
        Steps = await handling.StepsAsync(complaint.Id, ct);
        Evidence = await handling.EvidenceAsync(complaint.Id, ct);
        Actors = await accounts.DisplayNamesAsync(Steps.Where(s => s.ActorId is not null && s.ActorId != complaint.FilerUserId).Select(s => s.ActorId!.Value).Distinct().ToList(), ct);
        var names = await regions.FullNamesAsync([complaint.RegionCode, complaint.AssignedRegionCode], ct);
        RegionName = names.GetValueOrDefault(complaint.RegionCode) ?? complaint.RegionCode;
        AssignedName = names.GetValueOrDefault(complaint.AssignedRegionCode) ?? complaint.AssignedRegionCode;
        if (complaint.EmployerId is { } employer)
            UpheldAgainstEmployer = (await record.UpheldCountsAsync([employer], ct)).GetValueOrDefault(employer);
        return true;
    }
}
