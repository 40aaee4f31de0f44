using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Graduates;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Graduates;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>
/// GRD-09: the internship subsidy per host and intake, from the internship records (nothing to upload): the rate times the minimum
/// wage of the host's county over each month served, 70% where the host kept at least half of those who completed, else the base
/// 60%. The demo standard of Shandong pays tier 1 (Qingdao) 2,100 a month before 1 October 2025 and 2,300 from it.
/// </summary>
public sealed class InternshipSubsidyTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Start = new(2025, 6, 15);
    private static readonly DateOnly End = new(2025, 12, 14);

    private Task<(Benefit Benefit, BenefitRules Rules)> InternshipSubsidyAsync(string name) =>
        app.DefineAsync("370000", name, BenefitClaimant.Employer, BenefitFrequency.OncePerIntake, BenefitInstalments.None, new DateOnly(2025, 1, 1),
            [new("接收见习人员", "Interns > 0", "见习协议")], "(RetentionRate >= 0.5 ? 0.7m : 0.6m) * MinimumWageMonths", fund: "internship-subsidy");

    /// <summary>A host of Qingdao whose 2025 intake served 15 June – 14 December 2025, each intern ending as given.</summary>
    private async Task<(TestAccount User, Employer Host)> HostAsync(string name, params InternshipOutcome[] outcomes)
    {
        var (user, host) = await app.RegisterVerifiedEmployerAsync("370202", name);
        foreach (var outcome in outcomes)
        {
            var graduate = await app.RegisterAsync(GraduateTestData.Person("370202", left: new DateOnly(2025, 6, 10)), source: GraduateSource.Officer,
                registeredAtUtc: GraduateTestData.ChinaMorning(new DateOnly(2025, 6, 11)));
            await app.AsOfficerAsync("370200", async s =>
            {
                var placed = await s.GetRequiredService<Internships>().PlaceAsync(graduate, host.CreditCode, Start, End, Ct);
                if (placed.IsError) throw new InvalidOperationException("Not placed: " + placed.Error!.Code);
                var db = s.GetRequiredService<YincaiDb>();
                await db.SaveChangesAsync(Ct);
                var ended = placed.Value!.End(outcome, End, ChinaClock.DateOf(DateTime.UtcNow));
                if (ended.IsError) throw new InvalidOperationException("Not ended: " + ended.Error!.Code);
                await db.SaveChangesAsync(Ct);
                return true;
            });
        }
        return (user, host);
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    [Trait("Rule", "ENT-05")]
    public async Task Claim_HostKeptOneOfTwo_IsSeventyPercentOfTheWageOverEachMonth_IncludingTheMonthThatSpansTheChange()
    {
        var (benefit, _) = await InternshipSubsidyAsync("见习补贴（留用过半）");
        var (user, host) = await HostAsync("留用过半见习基地", InternshipOutcome.Retained, InternshipOutcome.NotRetained);

        var options = await app.AsClaimantAsync(user, (claims, me) => claims.OptionsAsync(me, Ct));
        var applied = await app.ApplyAsync(user, benefit.Id, 2025);
        var approved = await app.ApproveAsync("370200", applied.Value?.Id ?? Guid.Empty);
        var after = await app.OptionAsync(user, benefit.Id, 2025);

        // Each intern: 15 Jun–14 Sep, three months at 2,100 = 6,300; 15 Sep–14 Oct, 30 days of which 16 at 2,100 and 14 at 2,300:
        // (16 × 2,100 + 14 × 2,300) / 30 = 65,800 / 30 = 2,193.333…; 15 Oct–14 Dec, two months at 2,300 = 4,600. Together 13,093.333…,
        // for two interns 26,186.666… → 26,186.67 wage-months; retention 1 of 2 = 50% → 70%: 0.7 × 26,186.67 = 18,330.669 → 18,330.67.
        var option = Assert.Single(options, o => o.Benefit.Id == benefit.Id);
        Assert.Equal(2025, option.Sheet.Intake);
        Assert.Equal(18330.67m, option.Amount);
        Assert.All(option.Eligibility.Conditions, c => Assert.True(c.Met && c.Verified, $"条件“{c.Label}”应由见习记录核实"));
        var inputs = option.Eligibility.Inputs.ToDictionary(i => i.Fact, i => (i.Value, i.ProofSource));
        Assert.Equal(("0.5", ProofSource.Internships), inputs["RetentionRate"]);
        Assert.Equal(("26186.67", ProofSource.Internships), inputs["MinimumWageMonths"]);
        Assert.Equal(12m, option.Sheet.Values["InternMonths"]);
        Assert.False(applied.IsError, applied.Error?.Message);
        Assert.Equal(("intake-2025", 18330.67m), (applied.Value!.Period, applied.Value.Amount));
        Assert.False(approved.IsError, approved.Error?.Message);
        Assert.Equal("您已享受过本期该补贴。", after!.Blocked);
        Assert.Equal(18330.67m, (await app.GrantsAsync(benefit.Id, host.Id)).Sum(g => g.Amount));
    }

    [Fact]
    [Trait("Rule", "GRD-09")]
    public async Task Claim_HostKeptOneOfThree_BelowHalf_IsTheBaseRate()
    {
        var (benefit, _) = await InternshipSubsidyAsync("见习补贴（留用不足半数）");
        var (user, _) = await HostAsync("留用不足见习基地", InternshipOutcome.Retained, InternshipOutcome.NotRetained, InternshipOutcome.NotRetained);

        var applied = await app.ApplyAsync(user, benefit.Id, 2025);

        // Three interns × 13,093.333… = 39,280.00 wage-months; retention 1 of 3 = 33.3% < 50% → 60%: 0.6 × 39,280 = 23,568.00.
        Assert.False(applied.IsError, applied.Error?.Message);
        Assert.Equal(23568.00m, applied.Value!.Amount);
        var inputs = applied.Value.Inputs.ToDictionary(i => i.Fact, i => i.Value);
        Assert.Equal(("0.3333", "39280"), (inputs["RetentionRate"], inputs["MinimumWageMonths"]));
    }
}
