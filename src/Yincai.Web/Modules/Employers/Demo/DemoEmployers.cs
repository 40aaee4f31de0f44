using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Employers.Demo;

/// <summary>
/// Verified demo employers in several Shandong cities on first start, so that jobs, project demands and matching have
/// someone behind them (the jobs themselves: Modules/Jobs/Demo/DemoJobs). The demo employer account acts for the
/// first of them. Employers that exist already (by credit code) are left as they are, so running it again changes
/// nothing.
/// </summary>
public sealed class DemoEmployers(YincaiDb db, TimeProvider clock)
{
    /// <summary>The employer the demo employer account (13800000001) becomes a member of.</summary>
    public const string AccountEmployerName = "青岛海纳科技有限公司（演示）";

    public static readonly IReadOnlyList<EmployerDetails> All =
    [
        new("91370212MA3C7K2L88", AccountEmployerName, "370212", "65", OwnershipType.Private, EmployerSize.Medium,
            "青岛市崂山区株洲路88号海纳大厦", "张晓燕", "0532-80000001"),
        new("91370112MA3D4R6N1W", "济南泉城智能装备股份有限公司（演示）", "370112", "35", OwnershipType.Private, EmployerSize.Large,
            "济南市历城区港兴三路1号", "刘建国", "0531-80000002"),
        new("91370613MA3E9P2H5G", "烟台蓝港生物医药有限公司（演示）", "370613", "27", OwnershipType.ForeignInvested, EmployerSize.Medium,
            "烟台市莱山区蓝海路6号", "王海燕", "0535-80000003"),
        new("91370783MA3F2T8Q0X", "潍坊沃土现代农业发展有限公司（演示）", "370783", "01", OwnershipType.Private, EmployerSize.Medium,
            "寿光市文圣街道农圣东街18号", "孙立华", "0536-80000004"),
        new("913703036132587446", "淄博齐鲁新材料科技有限公司（演示）", "370303", "26", OwnershipType.StateOwned, EmployerSize.Large,
            "淄博市张店区华光路66号", "崔明", "0533-80000005"),
        new("91370211MA3G5W1B7K", "青岛启航供应链管理有限公司（演示）", "370211", "59", OwnershipType.Private, EmployerSize.Medium,
            "青岛市黄岛区前湾港路9号", "赵磊", "0532-80000006"),
        new("91371302MA3H8J4C28", "临沂沂蒙优选商贸有限公司（演示）", "371302", "52", OwnershipType.Private, EmployerSize.Small,
            "临沂市兰山区通达路128号", "高慧", "0539-80000007"),
        new("91371002MA3K3L9D6F", "威海海岸线酒店管理有限公司（演示）", "371002", "61", OwnershipType.Private, EmployerSize.Small,
            "威海市环翠区海滨北路16号", "于涛", "0631-80000008"),
        new("91370811MA3M6N2E4B", "济宁启智教育科技有限公司（演示）", "370811", "83", OwnershipType.Private, EmployerSize.Small,
            "济宁市任城区太白楼中路20号", "孔令文", "0537-80000009"),
        new("91371702MA3N9P5F3H", "菏泽牡丹智能电气有限公司（演示）", "371702", "38", OwnershipType.Private, EmployerSize.Medium,
            "菏泽市牡丹区中华西路300号", "李振华", "0530-80000010"),
    ];

    /// <summary>
    /// Creates the demo employers that do not exist yet, verified in <paramref name="reviewerId"/>'s name, and makes
    /// <paramref name="accountUserId"/> a member of <see cref="AccountEmployerName"/> unless that user already acts for
    /// an employer. Returns the demo employers as other modules see them.
    /// </summary>
    public async Task<IReadOnlyList<EmployerCard>> SeedAsync(Guid reviewerId, Guid? accountUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var codes = All.Select(e => e.CreditCode).ToList();
        var existing = await db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(e => codes.Contains(e.CreditCode))
            .ToDictionaryAsync(e => e.CreditCode, cancellationToken);
        foreach (var details in All.Where(d => !existing.ContainsKey(d.CreditCode)))
        {
            if (SocialCreditCode.Validate(details.CreditCode, "CreditCode").IsError)
                throw new InvalidOperationException("Demo employer with an invalid credit code: " + details.Name);
            var registeredBy = details.Name == AccountEmployerName && accountUserId is { } user ? user : reviewerId;
            var employer = new Employer(details, registeredBy, now);
            employer.Verify(reviewerId, now);
            db.Employers.Add(employer);
            existing[details.CreditCode] = employer;
        }

        if (accountUserId is { } member && !await db.EmployerMembers.AnyAsync(m => m.UserId == member, cancellationToken))
            db.EmployerMembers.Add(new EmployerMember(existing[All.Single(d => d.Name == AccountEmployerName).CreditCode].Id, member, now));
        await db.SaveChangesAsync(cancellationToken);
        return All.Select(d => existing[d.CreditCode])
            .Select(e => new EmployerCard(e.Id, e.Name, e.RegionCode, e.IndustryCode, e.Status)).ToList();
    }
}
