using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Talents.Contracts;
using ClaimStatus = Yincai.Modules.Benefits.Claims.ApplicationStatus;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>No benefit is paid beyond its limit even when two officers approve at the same moment (ENT-05, GRD-12): one claim under
/// review per benefit, claimant and period, and one grant per half, both kept by the database, on SQLite and PostgreSQL alike.</summary>
public sealed class ConcurrentApprovalTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private async Task<(Benefit Benefit, TestAccount User, Guid TalentId)> HiredMasterAndBenefitAsync(string name)
    {
        var (benefit, _) = await app.DefineAsync("370200", name, BenefitClaimant.Talent, BenefitFrequency.OncePerYear, BenefitInstalments.None,
            Today.AddDays(-30),
            [new("硕士及以上学历", "Degree >= Master", "学历证书"), new("在青岛就业", "Employed && In(WorkRegion, \"3702\")", "劳动合同")],
            "Degree == Doctorate ? 3000 : 1500");
        var (user, talentId) = await app.ListedGraduateAsync("370202", DegreeLevel.Master, new DateOnly(Today.Year - 1, 6, 30), "周并发");
        await app.HireAsync(user);
        return (benefit, user, talentId);
    }

    /// <summary>Two officers approve, each in a scope of their own, released together.</summary>
    private async Task<Result<BenefitApplication>[]> ApproveTogetherAsync(params (Guid Id, int Version)[] claims)
    {
        using var start = new SemaphoreSlim(0, claims.Length);
        var approvals = claims.Select(c => app.AsOfficerAsync("370200", async s =>
        {
            var service = s.GetRequiredService<BenefitClaims>();
            await start.WaitAsync(Ct);
            return await service.ApproveAsync(c.Id, c.Version, Ct);
        })).ToArray();
        start.Release(claims.Length);
        return await Task.WhenAll(approvals);
    }

    /// <summary>A claim made as ApplyAsync makes one, as if its pending check had passed on a second device at the moment the first
    /// claim was saved or approved: the database, not that check, must keep the limit.</summary>
    private Task<BenefitApplication> RacingCopyAsync(TestAccount user, Benefit benefit, BenefitApplication first) =>
        app.AsClaimantAsync(user, async (claims, me) =>
        {
            var option = (await claims.OptionAsync(me, benefit.Id, null, Ct))!;
            var copy = new BenefitApplication(option.Benefit, option.Rules, option.Sheet.ReviewRegion(option.Benefit.RegionCode), me.Id, me.Name,
                user.Id, option.Period, ClaimPart.Whole, first.Conditions, first.Inputs, first.Amount, first.AppliedOn, DateTime.UtcNow);
            return await app.WithDbAsync(async db =>
            {
                db.BenefitApplications.Add(copy);
                await db.SaveChangesAsync(Ct);
                return copy;
            });
        });

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "GRD-12")]
    public async Task Claims_ASecondOfThePeriodWhileOneIsUnderReview_IsRefusedByTheDatabase_AndOneApprovedAfterIsNotGrantedAgain()
    {
        var (benefit, user, talentId) = await HiredMasterAndBenefitAsync("青岛住房补贴（并发两份申领）");
        var first = (await app.ApplyAsync(user, benefit.Id)).Value!;

        // Two submitted at once: one claim under review per benefit, claimant and period.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => RacingCopyAsync(user, benefit, first));
        var approved = await ApproveTogetherAsync((first.Id, first.Version));
        // One that slipped in as the first was approved: approving it too would pay twice; the unique grant refuses.
        var second = await RacingCopyAsync(user, benefit, first);
        var again = await ApproveTogetherAsync((second.Id, second.Version));

        Assert.False(approved[0].IsError);
        Assert.Equal("benefits.granted", again[0].Error?.Code);
        var grants = await app.GrantsAsync(benefit.Id, talentId);
        Assert.Equal([(1, 750m), (2, 750m)], grants.Select(g => (g.Half, g.Amount)));
        Assert.All(grants, g => Assert.Equal(first.Id, g.ApplicationId));
        var statuses = (await app.ClaimsOfAsync(talentId)).ToDictionary(c => c.Id, c => c.Status);
        Assert.Equal(ClaimStatus.Approved, statuses[first.Id]);
        Assert.Equal(ClaimStatus.Submitted, statuses[second.Id]);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Approve_OneClaimByTwoOfficersAtTheSameMoment_OneSucceedsTheOtherIsTold()
    {
        var (benefit, user, talentId) = await HiredMasterAndBenefitAsync("青岛住房补贴（并发同一申领）");
        var claim = (await app.ApplyAsync(user, benefit.Id)).Value!;

        var results = await ApproveTogetherAsync((claim.Id, claim.Version), (claim.Id, claim.Version));

        var outcomes = string.Join(", ", results.Select(r => r.Error?.Code ?? "approved"));
        Assert.True(results.Count(r => !r.IsError) == 1, outcomes);
        var refused = Assert.Single(results, r => r.IsError);
        // Whichever way the two met: the row's version (stale), the unique grant (granted), or, when one had committed before the
        // other read the claim, its status (decided).
        Assert.Contains(refused.Error!.Code, new[] { "benefits.granted", "benefits.stale", "benefits.decided" });
        Assert.Equal([1, 2], (await app.GrantsAsync(benefit.Id, talentId)).Select(g => g.Half));
        Assert.Equal(ClaimStatus.Approved, (await app.ClaimAsync(claim.Id))!.Status);
        Assert.Single(await app.InboxAsync(user.Id), n => n.Link == $"/Benefits/Claim?id={claim.Id}");
    }
}
