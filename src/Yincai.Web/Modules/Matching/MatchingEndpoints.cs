using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>/api/v1/matching: the same ranked, explained matches as the pages, under the same rules of who may ask; 503 with
/// Retry-After while the index is being prepared.</summary>
public static class MatchingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/matching").WithTags("Matching").RequireAuthorization().AddEndpointFilter(WhenReady);
        group.MapGet("/me", ForMe).RequireAuthorization(AccessPolicies.Talent);
        group.MapGet("/jobs/{id:guid}/talents", ForJob);
        group.MapGet("/projects/{id:guid}/demands", ForProject);
        group.MapGet("/demands/{id:guid}/projects", ForDemand);
    }

    private static async ValueTask<object?> WhenReady(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var sync = http.RequestServices.GetRequiredService<MatchingSync>();
        if (await sync.TryWaitReadyAsync(http.RequestAborted))
        {
            // Ready here, yet the copy holding the talents (Matching:TalentsUrl) may not answer: the same 503.
            try { return await next(context); }
            catch (MatchingNotReadyException) { }
        }
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(sync.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var error = MatchingErrors.Preparing;
        return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: error.Code);
    }

    private static async Task<Results<Ok<MatchesForTalent>, NotFound>> ForMe(Matches matches, CurrentUser user, int? take,
        CancellationToken cancellationToken)
    {
        var talentId = user.Id is { } id ? await matches.TalentOfUserAsync(id, cancellationToken) : null;
        if (talentId is null) return TypedResults.NotFound();
        return TypedResults.Ok(await matches.ForTalentAsync(talentId.Value, Math.Clamp(take ?? 20, 1, 100), cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<TalentMatch>>, NotFound>> ForJob(Guid id, Matches matches, CurrentUser user,
        CancellationToken cancellationToken) =>
        await matches.ForJobAsync(id, user, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ProjectMatch>>, NotFound>> ForProject(Guid id, Matches matches, CurrentUser user,
        CancellationToken cancellationToken) =>
        await matches.ForProjectAsync(id, user, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ProjectMatch>>, NotFound>> ForDemand(Guid id, Matches matches, CurrentUser user,
        CancellationToken cancellationToken) =>
        await matches.ForDemandAsync(id, user, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
