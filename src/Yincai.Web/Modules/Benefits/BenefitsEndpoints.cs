using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Benefits.Claims;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>/api/v1/benefits: the benefits in force (public, as on the list page), and a talent's or an employer's own standing
/// against each (what they may claim today and why not) with their claims. Claiming stays on the page, where the proofs are
/// uploaded and the conditions shown.</summary>
public static class BenefitsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var benefits = app.MapGroup("/api/v1/benefits").WithTags("Benefits");
        benefits.MapGet("/", List).AllowAnonymous();
        benefits.MapGet("/me", Mine).RequireAuthorization(BenefitsModule.ClaimantPolicy);
    }

    public sealed record BenefitItem(Guid Id, string Name, string RegionCode, string Claimant, string Frequency, string FundId);

    private static async Task<Ok<List<BenefitItem>>> List(string? region, BenefitCatalog catalog, ChinaClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok((await catalog.InForceAsync(clock.Today, region, cancellationToken))
            .Select(b => new BenefitItem(b.Benefit.Id, b.Benefit.Name, b.Benefit.RegionCode, b.Benefit.Claimant.ToString(), b.Benefit.Frequency.ToString(),
                b.Benefit.FundId)).ToList());

    public sealed record OptionItem(Guid BenefitId, string Name, bool CanClaim, bool Eligible, decimal? Amount, string Period, string? Blocked,
        IReadOnlyList<ConditionItem> Conditions);

    public sealed record ConditionItem(string Label, bool Met, bool Verified);

    public sealed record ClaimItem(Guid Id, Guid BenefitId, string BenefitName, string Period, decimal Amount, DateOnly AppliedOn, string Status);

    public sealed record MineAnswer(string Name, IReadOnlyList<OptionItem> Options, IReadOnlyList<ClaimItem> Claims);

    private static async Task<Results<Ok<MineAnswer>, NotFound>> Mine(BenefitClaims claims, CancellationToken cancellationToken)
    {
        if (await claims.MeAsync(cancellationToken) is not { } me) return TypedResults.NotFound();
        var options = (await claims.OptionsAsync(me, cancellationToken)).Select(o => new OptionItem(o.Benefit.Id, o.Benefit.Name, o.CanClaim,
            o.Eligibility.Eligible, o.Amount, o.Period, o.Blocked, o.Eligibility.Conditions.Select(c => new ConditionItem(c.Label, c.Met, c.Verified)).ToList()));
        var mine = (await claims.MineAsync(me, cancellationToken)).Select(a => new ClaimItem(a.Id, a.BenefitId, a.BenefitName, a.Period, a.Amount, a.AppliedOn,
            a.Status.ToString()));
        return TypedResults.Ok(new MineAnswer(me.Name, options.ToList(), mine.ToList()));
    }
}
