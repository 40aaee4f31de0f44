using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Rewards;

/// <summary>A named station's reward claims (STN-13): for a hire it referred, chosen from its hires, or for a year's events.</summary>
public sealed class IndexModel(StationRewards rewards, StationOperation operation, ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }

    public IReadOnlyList<Station> Stations { get; private set; } = [];
    public Station? Chosen { get; private set; }
    public IReadOnlyList<RewardClaim> Claims { get; private set; } = [];
    public IReadOnlyList<StationHire> Hires { get; private set; } = [];
    public int Year => clock.Today.Year;

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Stations = await operation.RunByMeAsync(ct);
        Chosen = Stations.FirstOrDefault(s => s.Id == Station) ?? Stations.FirstOrDefault();
        if (Chosen is null) return;
        Claims = await rewards.OfStationAsync(Chosen.Id, ct);
        Hires = await rewards.ClaimableHiresAsync(Chosen.Id, ct);
    }

    public async Task<IActionResult> OnPostAsync(RewardKind kind, Guid? application, int? year, decimal? amount, string? reason)
    {
        var claimed = await rewards.ClaimAsync(Station ?? Guid.Empty, kind, application, year, amount, reason, HttpContext.RequestAborted);
        if (claimed.IsError)
        {
            ModelState.AddModelError(claimed.Error!.Field ?? "", claimed.Error.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text["Done_RewardClaimed"].Value;
        return RedirectToPage(new { station = Station });
    }
}
