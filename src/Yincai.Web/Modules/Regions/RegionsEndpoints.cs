using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts;
using Yincai.Platform;
using Yincai.Platform.Api;

namespace Yincai.Modules.Regions;

/// <summary>/api/v1/regions and /api/v1/offices. Offices are region-scoped: out of scope reads as 404.</summary>
public static class RegionsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/regions/{code}/children", Children).AllowAnonymous().WithTags("Regions");
        var offices = app.MapGroup("/api/v1/offices").WithTags("Regions").RequireAuthorization(AccessPolicies.Officer);
        offices.MapGet("/", List);
        offices.MapGet("/{id:guid}", Get);
        offices.MapPut("/{id:guid}", Update);
    }

    public sealed record RegionItem(string Code, string Name, RegionLevel Level);

    private static async Task<Ok<List<RegionItem>>> Children(string code, YincaiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Regions.AsNoTracking().Where(r => r.ParentCode == code).OrderBy(r => r.Code)
            .Select(r => new RegionItem(r.Code, r.Name, r.Level)).ToListAsync(cancellationToken));

    private static async Task<Ok<List<OfficeSummary>>> List(YincaiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Offices.AsNoTracking().OrderBy(o => o.RegionCode).Select(OfficeMapping.Projection).ToListAsync(cancellationToken));

    private static async Task<Results<Ok<OfficeSummary>, NotFound>> Get(Guid id, YincaiDb db, CancellationToken cancellationToken)
    {
        var office = await db.FindInScopeAsync<Office>(id, cancellationToken, tracked: false);
        return office is null ? TypedResults.NotFound() : TypedResults.Ok(office.ToSummary());
    }

    private static async Task<Results<Ok<OfficeSummary>, NotFound, ValidationProblem>> Update(
        Guid id, OfficeInput input, YincaiDb db, IStringLocalizer<RegionsResource> text, CancellationToken cancellationToken)
    {
        var office = await db.FindInScopeAsync<Office>(id, cancellationToken);
        if (office is null) return TypedResults.NotFound();
        if (!await db.Regions.AnyAsync(r => r.Code == input.RegionCode, cancellationToken))
            return ApiProblems.Invalid(new Error("regions.unknown_region", text["Error_UnknownRegion", input.RegionCode ?? ""].Value, nameof(input.RegionCode)));
        office.Update(input.RegionCode, input.Name, input.Address, input.Phone, input.OpeningHours);
        await db.SaveChangesAsync(cancellationToken);   // refuses a move out of the caller's scope
        return TypedResults.Ok(office.ToSummary());
    }
}
