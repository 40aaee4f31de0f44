using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Complaints;

/// <summary>A filer follows a complaint by its tracking number, without signing in, and rates the outcome once it is closed.
/// The page never shows who filed.</summary>
public sealed class TrackModel(ComplaintHandling handling, RegionDirectory regions, IStringLocalizer<ComplaintsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Number { get; set; }

    public Complaint? Complaint { get; private set; }
    public IReadOnlyList<ComplaintStep> Steps { get; private set; } = [];
    public string RegionName { get; private set; } = "";
    public bool Overdue => Complaint is { } c && c.IsOverdueOn(handling.Today);

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Number)) return RedirectToPage("Index");
        await LoadAsync();
        if (Complaint is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(int rating, string? comment)
    {
        var rated = await handling.RateAsync(Number, rating, comment, HttpContext.RequestAborted);
        if (rated.IsError)
        {
            ModelState.AddModelError("rating", rated.Error!.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text["Done_Rated"].Value;
        return RedirectToPage(new { number = Number });
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Complaint = await handling.TrackAsync(Number, ct);
        if (Complaint is null) return;
        Steps = (await handling.StepsAsync(Complaint.Id, ct)).Where(s => s.IsPublic).ToList();
        RegionName = (await regions.FullNamesAsync([Complaint.RegionCode], ct)).GetValueOrDefault(Complaint.RegionCode) ?? Complaint.RegionCode;
    }
}
