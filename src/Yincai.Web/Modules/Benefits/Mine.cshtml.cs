using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Benefits.Claims;

namespace Yincai.Modules.Benefits;

/// <summary>A talent's or an employer's own benefits (ENT-05): what they may claim today with each condition as their records
/// prove it, what they cannot yet claim and why, and their claims with where each stands.</summary>
public sealed class MineModel(BenefitClaims claims) : PageModel
{
    public Claimant? Me { get; private set; }
    public IReadOnlyList<ClaimOption> Options { get; private set; } = [];
    public IReadOnlyList<BenefitApplication> Claims { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Me = await claims.MeAsync(ct);
        if (Me is null) return;
        Options = (await claims.OptionsAsync(Me, ct)).OrderByDescending(o => o.CanClaim).ThenByDescending(o => o.Eligibility.Eligible).ToList();
        Claims = await claims.MineAsync(Me, ct);
    }
}
