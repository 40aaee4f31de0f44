using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>/api/v1/stations: the public list of named talent stations and returnee homes (STN-06, RET-09) and one station's public page,
/// for maps and mini-programs: what the public pages show, nothing more.</summary>
public static class StationsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var stations = app.MapGroup("/api/v1/stations").WithTags("Stations").AllowAnonymous();
        stations.MapGet("/", List);
        stations.MapGet("/{id:guid}", Get);
    }

    public sealed record StationItem(Guid Id, string Name, string OrganisationName, string TypeKey, string RegionCode, string Address, string ContactPhone,
        string? CertificateNumber, DateOnly? NamedOn)
    {
        public static StationItem Of(Station s) => new(s.Id, s.Name, s.OrganisationName, s.TypeKey, s.RegionCode, s.Address, s.ContactPhone,
            s.CertificateNumber, s.NamedOn);
    }

    public sealed record StationPage(IReadOnlyList<StationItem> Items, int Page, int PageSize, int Total, bool TotalIsCapped);

    public sealed record StationAnswer(StationItem Station, string Introduction, IReadOnlyList<string> Services);

    /// <summary>Named stations by program, type, region (a code or its prefix) and keywords, a page at a time.</summary>
    private static async Task<Ok<StationPage>> List(Guid? program, string? type, string? region, string? q, int? page, StationPages pages,
        CancellationToken cancellationToken)
    {
        var found = await pages.PublicAsync(program, type, RegionScope.FilterPrefix(region), SearchTerms.Parse(q), page ?? 1, cancellationToken);
        return TypedResults.Ok(new StationPage(found.Items.Select(StationItem.Of).ToList(), found.Page, found.PageSize, found.Total, found.TotalIsCapped));
    }

    private static async Task<Results<Ok<StationAnswer>, NotFound>> Get(Guid id, StationPages pages, CancellationToken cancellationToken) =>
        await pages.PublicViewAsync(id, cancellationToken) is { } s
            ? TypedResults.Ok(new StationAnswer(StationItem.Of(s), s.Introduction,
                s.Services))
            : TypedResults.NotFound();
}
