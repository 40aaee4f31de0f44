using Microsoft.Extensions.Localization;
using Yincai.Modules.Policies.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Policies;

/// <summary>找政策: the paragraphs of the published notices that hold every term, each linked to its place in the notice.</summary>
public sealed class PolicyFinds(PolicyCatalog catalog, IStringLocalizer<PoliciesResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Policies;
    public int Order => 0;

    public Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var found = catalog.SearchParagraphs(query).ToList();
        var hits = found.Take(take).Select(m => new SixFindsHit(m.Policy.Title,
            $"/Policies/View?id={m.Policy.Id}&q={Uri.EscapeDataString(query.Text)}#{PolicyDocument.Anchor(m.Paragraph.Number)}",
            PolicyCatalog.Snippet(m.Paragraph, query), m.Policy.Number ?? m.Policy.Issuer)).ToList();
        return Task.FromResult(new SixFindsResult(hits, Math.Min(found.Count, SixFinds.CountCap), found.Count > SixFinds.CountCap,
            new SixFindsLink("/Policies?q=" + Uri.EscapeDataString(query.Text), text["Nav_Policies"])));
    }
}
