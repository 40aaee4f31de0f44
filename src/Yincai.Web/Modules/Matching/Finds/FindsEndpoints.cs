using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Matching.Finds;

/// <summary>GET /api/v1/finds?q=: the six finds as JSON for mini-programs and partners, the same groups and the same
/// talent rule as the page (a bearer token of a verified employer's user or an officer shows talents).</summary>
public static class FindsEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/finds", Search).AllowAnonymous().WithTags("Finds");

    public sealed record HitItem(string Title, string? Url, string? Snippet, string? Meta);

    public sealed record LinkItem(string Url, string Label);

    /// <param name="Kind">policies, platforms, projects, funds, talents or jobs.</param>
    /// <param name="Restriction">Why hits are withheld: signInAsEmployer, employerNotVerified; null when they are not.</param>
    public sealed record GroupItem(string Kind, string Label, int Total, bool TotalIsCapped, IReadOnlyList<HitItem> Hits,
        IReadOnlyList<LinkItem> More, string? Restriction);

    public sealed record FindsResponse(string Query, IReadOnlyList<string> Terms, IReadOnlyList<GroupItem> Groups);

    private static async Task<Results<Ok<FindsResponse>, ValidationProblem>> Search(string? q, SixFindsKind? kind,
        SixFindsSearch search, IStringLocalizer<FindsResource> text, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(q);
        if (terms.IsEmpty)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [text["Empty_Query"]] });
        var groups = await search.SearchAsync(terms, kind is { } k && Enum.IsDefined(k) ? k : null, cancellationToken);
        return TypedResults.Ok(new FindsResponse(terms.Text, terms.Terms, groups.Select(g => new GroupItem(
            Camel(g.Kind.ToString()), text["Kind_" + g.Kind], g.Total, g.TotalIsCapped,
            g.Hits.Select(h => new HitItem(h.Title, h.Url, h.Snippet, h.Meta)).ToList(),
            g.More.Select(m => new LinkItem(m.Url, m.Label)).ToList(),
            g.Restriction == SixFindsRestriction.None ? null : Camel(g.Restriction.ToString()))).ToList()));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
