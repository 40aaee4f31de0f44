using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Facts;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>GRD-11: the start-up subsidy is paid once, 50% of it after 6 months of operation and the rest after 12, counted from the
/// business's registration on the platform by the China date: the first half from 00:00 in Beijing of the day six months on.</summary>
public sealed class StartUpSubsidyTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static DateTime ChinaMidnight(DateOnly day) => ChinaClock.StartOfDayUtc(day);

    private Task<(Benefit Benefit, BenefitRules Rules)> StartUpSubsidyAsync(string name) =>
        app.DefineAsync("370200", name, BenefitClaimant.Employer, BenefitFrequency.Once, BenefitInstalments.HalfAtSixMonths, app.ChinaToday.AddDays(-1),
            [new("在青岛注册经营", "In(EmployerRegion, \"3702\")", "营业执照")], "10000", fund: "startup-one-time-subsidy");

    [Fact]
    [Trait("Rule", "GRD-11")]
    [Trait("Rule", "ENT-05")]
    public async Task Claim_BeforeSixMonthsBlocked_FirstHalfFromTheBoundaryDay_SecondHalfOnlyAtTwelveMonths()
    {
        app.AdvanceToNextUtc(2, 0); // 10:00 in Beijing
        var (benefit, _) = await StartUpSubsidyAsync("青岛创业补贴（分期）");
        var (user, employer) = await app.RegisterVerifiedEmployerAsync("370202", "分期创业有限公司");
        var registered = ChinaClock.DateOf(employer.RegisteredAtUtc);
        var sixMonths = registered.AddMonths(6);

        app.SetUtc(ChinaMidnight(sixMonths).AddMinutes(-1));
        var lastMinuteBefore = await app.OptionAsync(user, benefit.Id);
        var tooEarly = await app.ApplyAsync(user, benefit.Id);
        app.SetUtc(ChinaMidnight(sixMonths));
        var onTheDay = await app.OptionAsync(user, benefit.Id);
        var firstHalf = await app.ApplyAsync(user, benefit.Id);
        var firstApproved = await app.ApproveAsync("370200", firstHalf.Value?.Id ?? Guid.Empty);
        app.SetUtc(ChinaMidnight(registered.AddMonths(12)).AddMinutes(-1));
        var beforeAYear = await app.OptionAsync(user, benefit.Id);
        app.SetUtc(ChinaMidnight(registered.AddMonths(12)));
        var secondHalf = await app.ApplyAsync(user, benefit.Id);
        var secondApproved = await app.ApproveAsync("370200", secondHalf.Value?.Id ?? Guid.Empty);
        var afterAll = await app.OptionAsync(user, benefit.Id);

        Assert.True(lastMinuteBefore!.Eligibility.Eligible);
        Assert.Equal(5, lastMinuteBefore.Sheet.Values["MonthsInBusiness"]);
        Assert.Equal(ProofSource.Registration, lastMinuteBefore.Sheet.Proofs["MonthsInBusiness"]);
        Assert.Equal("经营满 6 个月后方可申领首笔 50%。", lastMinuteBefore.Blocked);
        Assert.Equal(("benefits.blocked", "经营满 6 个月后方可申领首笔 50%。"), (tooEarly.Error?.Code, tooEarly.Error?.Message));
        Assert.Equal((ClaimPart.FirstHalf, 5000m, (string?)null), (onTheDay!.Part, onTheDay.Amount, onTheDay.Blocked));
        Assert.False(firstHalf.IsError, firstHalf.Error?.Message);
        Assert.Equal((ClaimPart.FirstHalf, 5000m, sixMonths), (firstHalf.Value!.Part, firstHalf.Value.Amount, firstHalf.Value.AppliedOn));
        Assert.False(firstApproved.IsError, firstApproved.Error?.Message);
        Assert.Equal("首笔已拨付，经营满 12 个月后方可申领其余部分。", beforeAYear!.Blocked);
        Assert.False(secondHalf.IsError, secondHalf.Error?.Message);
        Assert.Equal((ClaimPart.SecondHalf, 5000m), (secondHalf.Value!.Part, secondHalf.Value.Amount));
        Assert.False(secondApproved.IsError, secondApproved.Error?.Message);
        Assert.Equal([(1, 5000m), (2, 5000m)], (await app.GrantsAsync(benefit.Id, employer.Id)).Select(g => (g.Half, g.Amount)));
        Assert.Equal("您已享受过本期该补贴。", afterAll!.Blocked);
    }

    [Fact]
    [Trait("Rule", "GRD-11")]
    public async Task Claim_NothingClaimedUntilAYear_IsTheWholeAmountAtOnce()
    {
        app.AdvanceToNextUtc(2, 0);
        var (benefit, _) = await StartUpSubsidyAsync("青岛创业补贴（一次）");
        var (user, employer) = await app.RegisterVerifiedEmployerAsync("370202", "整笔创业有限公司");

        app.SetUtc(ChinaMidnight(ChinaClock.DateOf(employer.RegisteredAtUtc).AddMonths(12)).AddHours(10));
        var whole = await app.ApplyAsync(user, benefit.Id);
        var approved = await app.ApproveAsync("370200", whole.Value?.Id ?? Guid.Empty);

        Assert.False(whole.IsError, whole.Error?.Message);
        Assert.Equal((ClaimPart.Whole, 10000m), (whole.Value!.Part, whole.Value.Amount));
        Assert.False(approved.IsError, approved.Error?.Message);
        Assert.Equal([(1, 5000m), (2, 5000m)], (await app.GrantsAsync(benefit.Id, employer.Id)).Select(g => (g.Half, g.Amount)));
    }
}
