using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Modules.Reporting;

/// <summary>/api/v1/reports: the report pages' figures for an officer's own systems (a province's dashboard, a city's filing), in the
/// officer's scope: each target against its actual, the table by sub-region with each count's list (the page that lists the records
/// behind it).</summary>
public static class ReportingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(AccessPolicies.Officer);
        reports.MapGet("/", All);
        reports.MapGet("/{program}", Program);
    }

    public sealed record ReportAnswer(string Scope, int Year, int Cohort, DateOnly At, IReadOnlyList<Indicator> Indicators);

    /// <summary>Every program's targets; <c>year</c> (default this year), <c>cohort</c> (the class judged) and <c>at</c> (the date the
    /// employment rate is judged on) as on the pages.</summary>
    private static async Task<Ok<ReportAnswer>> All(int? year, int? cohort, DateOnly? at, Dashboards dashboards, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Of(year, cohort, at, dashboards.Today);
        return TypedResults.Ok(await AnswerAsync(period, await dashboards.AllAsync(period, cancellationToken), dashboards, cancellationToken));
    }

    /// <summary>One program (graduates, ambassadors, stations) with the employment rate's trend.</summary>
    private static async Task<Results<Ok<ReportAnswer>, NotFound>> Program(string program, int? year, int? cohort, DateOnly? at, Dashboards dashboards,
        CancellationToken cancellationToken)
    {
        if (!Dashboards.Programs.Contains(program)) return TypedResults.NotFound();
        var period = ReportPeriod.Of(year, cohort, at, dashboards.Today);
        return TypedResults.Ok(await AnswerAsync(period, await dashboards.OfAsync(program, period, withTrend: true, cancellationToken), dashboards,
            cancellationToken));
    }

    private static async Task<ReportAnswer> AnswerAsync(ReportPeriod period, List<Indicator> indicators, Dashboards dashboards,
        CancellationToken cancellationToken) =>
        new(await dashboards.ScopeNameAsync(cancellationToken) ?? "", period.Year, period.Cohort, period.At, indicators);
}
