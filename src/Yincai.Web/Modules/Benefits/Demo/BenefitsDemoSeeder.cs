using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Demo;

/// <summary>
/// Three benefits defined as officers define them (through <see cref="BenefitCatalog"/>, acting as the demo officers): Qingdao's
/// housing subsidy for graduates by degree (GRD-12), the province's internship subsidy per intake at 70 % of the minimum wage where
/// the host keeps half its interns (GRD-09), and the one-time start-up subsidy, half after six months (GRD-11). Names and amounts end in （演示）: the notices give no figures for them.
/// </summary>
public sealed class BenefitsDemoSeeder(YincaiDb db, BenefitCatalog catalog, CurrentUser current, ChinaClock clock) : IDemoSeeder
{
    public int Order => 80;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.Benefits.IgnoreQueryFilters().AnyAsync(cancellationToken)) return;
        var from = new DateOnly(clock.Today.Year, 1, 1);
        current.ActAs(context.Account(DemoUsers.ProvinceOfficer), DemoUsers.ProvinceOfficer, DemoData.Shandong, [Roles.Officer]);

        await DefineAsync("graduate-living-housing-settling", DemoData.Qingdao, "青岛市高校毕业生住房补贴（演示）", BenefitClaimant.Talent,
            BenefitFrequency.OncePerYear, BenefitInstalments.None, from,
            [
                new("本科及以上学历", "Degree >= Bachelor", "学历证书"),
                new("毕业 5 年内", "YearsSinceGraduation <= 5", "毕业证书"),
                new("在青岛就业", "Employed && In(WorkRegion, \"3702\")", "劳动合同"),
            ],
            "(Degree == Doctorate ? 1500 : Degree == Master ? 1000 : 500) * 12",
            "博士每月 1500 元，硕士每月 1000 元，本科每月 500 元，每年申领一次、一次发放 12 个月（演示）",
            [Talent(2, "370202", 1, true), Talent(4, "370211", 0, true), Talent(3, "370102", 2, false)], cancellationToken);

        // GRD-09: the notice sets 70 % where half the intake is kept on; the base rate is the province's (60 %, a demo figure).
        await DefineAsync("internship-subsidy", DemoData.Shandong, "就业见习补贴（演示）", BenefitClaimant.Employer, BenefitFrequency.OncePerIntake,
            BenefitInstalments.None, from,
            [new("本批见习已全部期满", "Interns > 0 && InternsOngoing == 0", "见习协议及考勤记录")],
            "(RetentionRate >= 0.5 ? 0.7 : 0.6) * MinimumWageMonths",
            "见习期内按当地最低工资标准的 60% 逐月计发，见习期满留用率达 50% 的提高至 70%（演示）",
            [new Dictionary<string, object?> { ["Interns"] = 2, ["InternsOngoing"] = 0, ["RetentionRate"] = 0.5, ["MinimumWageMonths"] = 12600m }],
            cancellationToken);

        // GRD-11: one-time, after a year of operation; half of it may be paid after six months.
        await DefineAsync("startup-one-time-subsidy", DemoData.Shandong, "一次性创业补贴（演示）", BenefitClaimant.Employer, BenefitFrequency.Once,
            BenefitInstalments.HalfAtSixMonths, from,
            [new("在山东省注册经营", "In(EmployerRegion, \"37\")", "营业执照")],
            "10000", "10000 元；正常经营满 6 个月可先行申领 50%，满 1 年申领其余（演示）",
            [new Dictionary<string, object?> { ["EmployerRegion"] = "370202", ["MonthsInBusiness"] = 7 }], cancellationToken);
        context.Created(3, "benefits");
    }

    private static Dictionary<string, object?> Talent(int degree, string work, int years, bool employed) =>
        new() { ["Degree"] = degree, ["WorkRegion"] = work, ["YearsSinceGraduation"] = years, ["Employed"] = employed };

    private async Task DefineAsync(string fund, string region, string name, BenefitClaimant claimant, BenefitFrequency frequency,
        BenefitInstalments instalments, DateOnly from,
        BenefitCondition[] conditions, string amount, string amountNote, IReadOnlyDictionary<string, object?>[] samples, CancellationToken cancellationToken)
    {
        var benefit = await catalog.CreateAsync(fund, region, name, claimant, frequency, instalments, cancellationToken);
        if (benefit.IsError) throw new InvalidOperationException($"Demo benefit {name}: {benefit.Error!.Message}");
        var rules = await catalog.AddRulesAsync(benefit.Value!.Id, from, conditions, amount, amountNote, samples, cancellationToken);
        if (rules.IsError) throw new InvalidOperationException($"Demo rules of {name}: {rules.Error!.Message}");
    }
}
