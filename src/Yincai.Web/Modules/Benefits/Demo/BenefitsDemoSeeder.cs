using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Demo;

/// <summary>
/// Two benefits defined as officers define them (through <see cref="BenefitCatalog"/>, acting as the demo officers): Qingdao's
/// housing subsidy for graduates by degree (GRD-12) and the province's internship subsidy at 70 % of the minimum wage where the
/// host keeps half its interns (GRD-09). Names and amounts end in （演示）: the notices give no figures for them.
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
            BenefitFrequency.OncePerYear, from,
            [
                new("本科及以上学历", "Degree >= Bachelor", "学历证书"),
                new("毕业 5 年内", "YearsSinceGraduation <= 5", "毕业证书"),
                new("在青岛就业", "Employed && In(WorkRegion, \"3702\")", "劳动合同"),
            ],
            "Degree == Doctorate ? 1500 : Degree == Master ? 1000 : 500", "博士每月 1500 元，硕士每月 1000 元，本科每月 500 元（演示）",
            [Talent(2, "370202", 1, true), Talent(4, "370211", 0, true), Talent(3, "370102", 2, false)], cancellationToken);

        await DefineAsync("internship-subsidy", DemoData.Shandong, "就业见习补贴（演示）", BenefitClaimant.Employer, BenefitFrequency.OncePerYear, from,
            [new("接收见习人员", "InternMonths > 0", "见习协议")],
            "(RetentionRate >= 0.5 ? 0.7m : 0.6m) * MinimumWage * InternMonths", "当地最低工资标准的 60%，见习期满留用率达 50% 的提高至 70%，按见习人月计（演示）",
            [new Dictionary<string, object?> { ["InternMonths"] = 6, ["RetentionRate"] = 0.5, ["MinimumWage"] = 2100m }], cancellationToken);
        context.Created(2, "benefits");
    }

    private static Dictionary<string, object?> Talent(int degree, string work, int years, bool employed) =>
        new() { ["Degree"] = degree, ["WorkRegion"] = work, ["YearsSinceGraduation"] = years, ["Employed"] = employed };

    private async Task DefineAsync(string fund, string region, string name, BenefitClaimant claimant, BenefitFrequency frequency, DateOnly from,
        BenefitCondition[] conditions, string amount, string amountNote, IReadOnlyDictionary<string, object?>[] samples, CancellationToken cancellationToken)
    {
        var benefit = await catalog.CreateAsync(fund, region, name, claimant, frequency, BenefitInstalments.None, cancellationToken);
        if (benefit.IsError) throw new InvalidOperationException($"Demo benefit {name}: {benefit.Error!.Message}");
        var rules = await catalog.AddRulesAsync(benefit.Value!.Id, from, conditions, amount, amountNote, samples, cancellationToken);
        if (rules.IsError) throw new InvalidOperationException($"Demo rules of {name}: {rules.Error!.Message}");
    }
}
