using Microsoft.Extensions.Localization;
using Yincai.Modules.Policies.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Policies;

/// <summary>找资金: the funds and subsidies the notices name, found by name, claimant or benefit.</summary>
public sealed class FundFinds(PolicyCatalog catalog, IStringLocalizer<PoliciesResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Funds;
    public int Order => 0;

    public Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var found = catalog.SearchFunds(query, null).ToList();
        var hits = found.Take(take).Select(f => new SixFindsHit(f.Name,
            $"/Policies/View?id={f.PolicyId}#{f.Anchor}", f.Benefit,
            text["Fund_Claimants", f.Claimants] + " · " + catalog.Find(f.PolicyId)!.Title)).ToList();
        return Task.FromResult(new SixFindsResult(hits, found.Count, false,
            new SixFindsLink("/Policies/Funds?q=" + Uri.EscapeDataString(query.Text), text["Nav_Funds"])));
    }
}
