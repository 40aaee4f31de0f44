using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers;

/// <summary>/api/v1/employers for officers (region-scoped: another region's employer is 404).</summary>
public static class EmployersEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/employers").WithTags("Employers").RequireAuthorization(AccessPolicies.Officer);
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
    }

    private static async Task<Ok<PagedList<EmployerSummary>>> List(YincaiDb db, EmployerStatus? status, bool? keyContact,
        int? page, CancellationToken cancellationToken) =>
        TypedResults.Ok(await EmployerQueries.Filter(db.Employers.AsNoTracking(), status, keyContact, null)
            .ToCappedPagedListAsync(q => q.OrderBy(e => e.RegionCode).ThenBy(e => e.Name).Select(EmployerQueries.Summary),
                page ?? 1, 50, cancellationToken));

    private static async Task<Results<Ok<EmployerSummary>, NotFound>> Get(Guid id, YincaiDb db, CancellationToken cancellationToken)
    {
        var employer = await db.FindInScopeAsync<Employer>(id, cancellationToken, tracked: false);
        return employer is null ? TypedResults.NotFound() : TypedResults.Ok(EmployerQueries.ToSummary(employer));
    }
}
