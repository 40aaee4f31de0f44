using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;

namespace Yincai.Modules.Stations.Rewards;

/// <summary>The stations' reward claims waiting for the program's officers (STN-13): approve an amount or refuse with a reason.</summary>
public sealed class ReviewModel(StationRewards rewards, StationPages pages, IStringLocalizer<StationsResource> text) : PageModel
{
    public IReadOnlyList<RewardClaim> Claims { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Station> Stations { get; private set; } = new Dictionary<Guid, Station>();

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Claims = await rewards.SubmittedAsync(ct);
        Stations = await pages.InScopeAsync(Claims.Select(c => c.StationId).Distinct().ToList(), ct);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid claim, int version, decimal? amount, string? note) =>
        DecideAsync(claim, version, true, amount, note);

    public Task<IActionResult> OnPostRejectAsync(Guid claim, int version, string? note) => DecideAsync(claim, version, false, null, note);

    private async Task<IActionResult> DecideAsync(Guid claim, int version, bool approve, decimal? amount, string? note)
    {
        var decided = await rewards.DecideAsync(claim, version, approve, amount, note, HttpContext.RequestAborted);
        if (decided.IsError)
        {
            ModelState.AddModelError("", decided.Error!.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text[approve ? "Done_RewardApproved" : "Done_RewardRejected"].Value;
        return RedirectToPage();
    }
}
