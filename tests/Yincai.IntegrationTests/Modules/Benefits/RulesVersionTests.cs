using Yincai.Modules.Benefits;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>Rules versioned by date (ENT-05): a claim is judged on the version in force on its date in China, and keeps that version
/// and its amount after a newer one takes over, through approval.</summary>
public sealed class RulesVersionTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static readonly BenefitCondition[] Conditions =
    [
        new("硕士及以上学历", "Degree >= Master", "学历证书"),
        new("在青岛就业", "Employed && In(WorkRegion, \"3702\")", "劳动合同"),
    ];

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "GRD-12")]
    public async Task Apply_OneMinuteBeforeAndAfterMidnightInBeijing_IsJudgedOnTheVersionInForceThatDay_AndKeepsIt()
    {
        // The records first, at 10:00 in Beijing; hired a minute after being listed (the fake clock stands still in between).
        var morning = app.AdvanceToNextUtc(2, 0);
        var graduated = new DateOnly(app.ChinaToday.Year - 1, 6, 30);
        var late = await app.ListedGraduateAsync("370202", DegreeLevel.Master, graduated, "钱晚申");
        var early = await app.ListedGraduateAsync("370202", DegreeLevel.Master, graduated, "吴早申");
        app.SetUtc(morning.AddMinutes(1));
        await app.HireAsync(late.User);
        await app.HireAsync(early.User);
        // 15:59 UTC is 23:59 in Beijing: the China date turns at 16:00 UTC, eight hours before the UTC date does.
        var beforeMidnight = morning.Date.AddHours(15).AddMinutes(59);
        app.SetUtc(beforeMidnight);
        var lastDayOfFirst = app.ChinaToday;
        var (benefit, _) = await app.DefineAsync("370200", "青岛住房补贴（版本）", BenefitClaimant.Talent, BenefitFrequency.OncePerYear,
            BenefitInstalments.None, lastDayOfFirst.AddDays(-30), Conditions, "1500");
        await app.AddRulesAsync("370200", benefit.Id, lastDayOfFirst.AddDays(1), Conditions, "2000");

        var first = await app.ApplyAsync(early.User, benefit.Id);
        app.SetUtc(beforeMidnight.AddMinutes(1));
        var onSecond = await app.ApplyAsync(late.User, benefit.Id);
        var approved = await app.ApproveAsync("370200", first.Value?.Id ?? Guid.Empty);

        Assert.False(first.IsError, first.Error?.Message);
        var onFirst = first.Value!;
        Assert.Equal((1, 1500m, lastDayOfFirst), (onFirst.RulesNumber, onFirst.Amount, onFirst.AppliedOn));
        Assert.False(onSecond.IsError, onSecond.Error?.Message);
        Assert.Equal((2, 2000m, lastDayOfFirst.AddDays(1)), (onSecond.Value!.RulesNumber, onSecond.Value.Amount, onSecond.Value.AppliedOn));
        Assert.False(approved.IsError, approved.Error?.Message);
        var kept = (await app.ClaimAsync(onFirst.Id))!;
        Assert.Equal((1, 1500m), (kept.RulesNumber, kept.Amount));
        Assert.Equal([1500m / 2, 1500m / 2], (await app.GrantsAsync(benefit.Id, early.TalentId)).Select(g => g.Amount));
    }
}
