using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Policies.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Policies;

/// <summary>/api/v1/policies: the published policies for anyone, as on the policy pages: by region (a city also gets its province's) and
/// keyword, and one policy's text by paragraph.</summary>
public static class PoliciesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var policies = app.MapGroup("/api/v1/policies").WithTags("Policies").AllowAnonymous();
        policies.MapGet("/", List);
        policies.MapGet("/{id}", Get);
    }

    public sealed record PolicyItem(string Id, string Title, string Issuer, string? Number, DateOnly? IssuedOn, int Year, string RegionCode, string? Note);

    public sealed record PolicyAnswer(PolicyItem Policy, IReadOnlyList<ParagraphItem> Paragraphs);

    public sealed record ParagraphItem(int Number, string Text, bool IsHeading);

    private static PolicyItem Item(PolicyDocument p) => new(p.Id, p.Title, p.Issuer, p.Number, p.IssuedOn, p.Year, p.RegionCode, p.Note);

    private static Ok<List<PolicyItem>> List(string? q, string? region, PolicyCatalog catalog) =>
        TypedResults.Ok(catalog.Search(SearchTerms.Parse(q), region).Select(Item).ToList());

    private static Results<Ok<PolicyAnswer>, NotFound> Get(string id, PolicyCatalog catalog) =>
        catalog.Find(id) is { } p
            ? TypedResults.Ok(new PolicyAnswer(Item(p), p.Paragraphs.Select(x => new ParagraphItem(x.Number, x.Text, x.IsHeading)).ToList()))
            : TypedResults.NotFound();
}
