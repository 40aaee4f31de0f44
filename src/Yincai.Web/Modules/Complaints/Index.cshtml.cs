using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Complaints;

/// <summary>
/// The published channel for graduates' complaints and reports (GRD-14): the hotline, what may be complained of, the
/// form (signed in, or anonymous with a mobile number proved by an SMS code) and the lookup by tracking number.
/// </summary>
public sealed class IndexModel(ComplaintIntake intake, MobileCodes codes, EmployerJobs jobs, RegionDirectory regions, CurrentUser current,
    IOptions<ComplaintsOptions> options, IStringLocalizer<ComplaintsResource> text) : PageModel
{
    [BindProperty] public ComplaintForm Form { get; set; } = new();
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public bool PickProvince { get; set; }
    [BindProperty] public string? AutoPick { get; set; }

    /// <summary>The job a "complain about this job" link came from.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Job { get; set; }

    public RegionPicker Picker { get; private set; } = null!;
    public string? JobTitle { get; private set; }
    public bool SignedIn => current.IsAuthenticated;
    public string Hotline => options.Value.Hotline;
    public string? CodeSent { get; private set; }
    public DateOnly Today => intake.Today;

    public async Task OnGetAsync()
    {
        if (Job is { } job) (Form.Target, Form.JobId) = (ComplaintTarget.Job, job);
        Form.OccurredOn ??= Today;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        ModelState.Clear();
        var sent = await codes.SendAsync(Form.Mobile, ComplaintIntake.CodePurpose, current.IpAddress, HttpContext.RequestAborted);
        if (sent.IsError) ModelState.AddModelError("Form.Mobile", sent.Error!.Message);
        else CodeSent = text["Form_CodeSent"];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? evidence)
    {
        if (RegionChoices.IsProvincePick(PickProvince, AutoPick))
        {
            ModelState.Clear();
            await LoadAsync();
            return Page();
        }
        ModelState.Clear();
        var ct = HttpContext.RequestAborted;
        var files = new List<UploadedFile>();
        foreach (var file in evidence ?? [])
        {
            if (file.Length == 0) continue;
            files.Add(new UploadedFile(file.FileName, await EvidenceFile.ReadAsync(file, ComplaintEvidence.MaxBytes, ct)));
        }
        var filed = await intake.FileAsync(Form, files, ct);
        if (filed.IsError)
        {
            ModelState.AddModelError("Form." + (filed.Error!.Field ?? ""), filed.Error.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text["Done_Filed", filed.Value!.TrackingNumber].Value;
        return RedirectToPage("Track", new { number = filed.Value.TrackingNumber });
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (Form.JobId is { } id && await jobs.FactsAsync(id, ct) is { } job) JobTitle = job.EmployerName + " · " + job.Title;
        else if (Form.Target == ComplaintTarget.Job) Form.Target = null;
        Picker = await RegionPicker.LoadAsync(regions, typeof(ComplaintsResource), "Field_Region", "Field_Province", nameof(Province), Province ?? options.Value.ProvinceCode,
            "Form.RegionCode", Form.RegionCode, ct);
        Province = Picker.Province;
    }
}
