using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>/api/v1/ambassadors: the campus youth talent ambassadors of an officer's scope for the city's own systems (the list page's
/// filters, ID numbers masked), and a talent's own ambassador record.</summary>
public static class AmbassadorsEndpoints
{
    public const int PageSize = 30;

    public static void Map(IEndpointRouteBuilder app)
    {
        var ambassadors = app.MapGroup("/api/v1/ambassadors").WithTags("Ambassadors");
        ambassadors.MapGet("/", List).RequireAuthorization(AccessPolicies.Officer);
        ambassadors.MapGet("/me", Mine).RequireAuthorization(AccessPolicies.Talent);
    }

    public sealed record AmbassadorItem(Guid Id, string FullName, string IdNumberMasked, string RegionCode, string SchoolName, string Role, string Degree,
        string Status, DateOnly? ActiveSince, DateOnly? ExitedOn, string? ExitReason, bool WantsToReturn, DateOnly ExpectedLeavingOn)
    {
        public static AmbassadorItem Of(Ambassador a) => new(a.Id, a.FullName, a.IdNumberMasked, a.RegionCode, a.SchoolName, a.Role.ToString(),
            a.Degree.ToString(), a.Status.ToString(), a.ActiveSince, a.ExitedOn, a.ExitReason?.ToString(), a.WantsToReturn, a.ExpectedLeavingOn);
    }

    public sealed record AmbassadorPage(IReadOnlyList<AmbassadorItem> Items, int Page, int PageSize, int Total, bool TotalIsCapped);

    /// <summary>By <c>status</c> (Candidate, Active, Exited, …), a city (<c>region</c>, a code or its prefix) and those wanting to return.</summary>
    private static async Task<Ok<AmbassadorPage>> List(AmbassadorStatus? status, string? region, bool? wantsToReturn, int? page, YincaiDb db,
        CancellationToken cancellationToken)
    {
        var query = db.Ambassadors.AsNoTracking();
        if (status is { } s) query = query.Where(a => a.Status == s);
        if (wantsToReturn == true) query = query.Where(a => a.WantsToReturn);
        if (RegionScope.FilterPrefix(region) is { } prefix) query = query.Where(a => a.RegionCode.StartsWith(prefix));
        var found = await query.ToCappedPagedListAsync(q => q.OrderBy(a => a.Status).ThenBy(a => a.FullName), page ?? 1, PageSize, cancellationToken);
        return TypedResults.Ok(new AmbassadorPage(found.Items.Select(AmbassadorItem.Of).ToList(), found.Page, found.PageSize, found.Total, found.TotalIsCapped));
    }

    private static async Task<Results<Ok<List<AmbassadorItem>>, NotFound>> Mine(YincaiDb db, Talents.Contracts.TalentDirectory talents, CurrentUser user,
        CancellationToken cancellationToken)
    {
        if (await talents.OfUserAsync(user.Id!.Value, cancellationToken) is not { } talent) return TypedResults.NotFound();
        return TypedResults.Ok((await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(a => a.TalentId == talent.Id)
            .OrderByDescending(a => a.CreatedAtUtc).ToListAsync(cancellationToken)).Select(AmbassadorItem.Of).ToList());
    }
}
