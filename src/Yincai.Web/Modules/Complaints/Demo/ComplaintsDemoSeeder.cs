using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;
using static Yincai.Platform.DemoStep;

namespace Yincai.Modules.Complaints.Demo;

/// <summary>
/// Three complaints of 市南区, filed anonymously by phone and taken along by the county's officer through the same services
/// as real ones: one just received, one in handling, one resolved and rated. They name no employer of the demo, so no
/// other demo account is told of them.
/// </summary>
public sealed class ComplaintsDemoSeeder(IServiceProvider services, YincaiDb db, CurrentUser current, TimeProvider time) : IDemoSeeder
{
    public int Order => 95;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.Complaints.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(cancellationToken)) return;
        if (context.FindAccount(DemoUsers.CountyOfficer) is null) return;

        await FileAsync(ComplaintKind.UnpaidTrialWork, "青岛某餐饮管理有限公司（演示）",
            "应聘服务员岗位时被要求先“试工”一周，试工结束后以“不合适”为由拒绝录用，也不支付试工期间的工资。", "13900000011", 2, cancellationToken);

        var handling = await FileAsync(ComplaintKind.BlackIntermediary, "青岛某人力资源咨询工作室（演示）",
            "该工作室在学校附近发放传单，承诺“包分配”，收取报名费和培训费共3800元后不再联系，办公地点已人去楼空。", "13900000012", 12, cancellationToken);
        var officer = As(context, 10);
        Expect(await officer.AcceptAsync(handling.Id, handling.Version, cancellationToken));
        Expect(await officer.StartHandlingAsync(handling.Id, handling.Version + 1, "已联系市场监管部门联合核查，并约谈该工作室负责人。", cancellationToken));

        var resolved = await FileAsync(ComplaintKind.Discrimination, "青岛某商贸有限公司（演示）",
            "招聘文员岗位，招聘启事写明“限男性”“限本市户籍”。", "13900000013", 40, cancellationToken);
        officer = As(context, 36);
        Expect(await officer.AcceptAsync(resolved.Id, resolved.Version, cancellationToken));
        Expect(await officer.ResolveAsync(resolved.Id, resolved.Version + 1, upheld: true,
            "经核实，该公司招聘启事含性别和户籍限制，已责令删除相关条件并重新发布。", ComplaintActions.None, cancellationToken));
        var filer = ActivatorUtilities.CreateInstance<ComplaintHandling>(services, new ChinaClock(new EarlierClock(time, TimeSpan.FromDays(30))));
        current.ActAsAnonymous();
        Expect(await filer.RateAsync(resolved.TrackingNumber, 4, "处理及时，希望加强对招聘信息的审核。", cancellationToken));
        context.Created(3, "complaints");
    }

    private async Task<Complaint> FileAsync(ComplaintKind kind, string against, string description, string mobile, int daysAgo,
        CancellationToken cancellationToken)
    {
        current.ActAsAnonymous();
        db.ChangeTracker.Clear();
        var clock = new ChinaClock(new EarlierClock(time, TimeSpan.FromDays(daysAgo)));
        var intake = ActivatorUtilities.CreateInstance<ComplaintIntake>(services, clock);
        var form = new ComplaintForm
        {
            Kind = kind, Target = ComplaintTarget.Named, AgainstName = against, Description = description, OccurredOn = clock.Today.AddDays(-3),
            RegionCode = DemoData.Shinan, Mobile = mobile,
        };
        return Expect(await intake.FileProvedAsync(form, [], cancellationToken));
    }

    private ComplaintHandling As(DemoSeedContext context, int daysAgo)
    {
        current.ActAs(context.Account(DemoUsers.CountyOfficer), DemoUsers.CountyOfficer, DemoData.Shinan, [Roles.Officer]);
        db.ChangeTracker.Clear();
        return ActivatorUtilities.CreateInstance<ComplaintHandling>(services, new ChinaClock(new EarlierClock(time, TimeSpan.FromDays(daysAgo))));
    }
}
