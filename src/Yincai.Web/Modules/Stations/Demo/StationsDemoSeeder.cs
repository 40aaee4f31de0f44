using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Evaluation;
using Yincai.Modules.Stations.Lodging;
using Yincai.Modules.Stations.Operation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;
using static Yincai.Platform.DemoStep;

namespace Yincai.Modules.Stations.Demo;

/// <summary>
/// The demo stations, each taken through the accreditation by the demo accounts with the same service as real ones: a named
/// Qingdao talent station and a second one waiting for its experts; a named Nanjing returnee home and a second one in its
/// public notice, which anyone may object to. The steps of the named ones happened weeks ago (the service runs on a clock
/// set back), so that their notices are over when they are named today.
/// </summary>
public sealed class StationsDemoSeeder(IServiceProvider services, YincaiDb db, CurrentUser current, TimeProvider time) : IDemoSeeder
{
    public int Order => 90;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(cancellationToken)) return;
        var programs = await db.StationPrograms.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        var qingdao = programs[StationProgramData.QingdaoTalentStations];
        var jiangsu = programs[StationProgramData.JiangsuReturneeHomes];

        var station = await ApplyAsync(context, DemoUsers.QingdaoStation, DemoData.Shinan, QingdaoForm(qingdao, "青岛海纳人才驿站（演示）", "青岛海纳科技有限公司（演示）",
            "专业型", "professional"), daysAgo: 40, cancellationToken);
        await ReviewAsync(context, qingdao, station, DemoUsers.QingdaoOfficer, DemoUsers.QingdaoExperts, [86, 90, 88], daysAgo: 30, throughNotice: true, cancellationToken);
        await NameAsync(context, DemoUsers.QingdaoOfficer, DemoData.Qingdao, station, cancellationToken);
        await RunAsync(context, station, cancellationToken);

        var waiting = await ApplyAsync(context, DemoUsers.QingdaoStation, DemoData.Shinan, QingdaoForm(qingdao, "青岛软件园人才驿站（演示）", "青岛软件园发展有限公司（演示）",
            "综合型", "comprehensive"), daysAgo: 6, cancellationToken);
        await ReviewAsync(context, qingdao, waiting, DemoUsers.QingdaoOfficer, DemoUsers.QingdaoExperts.Take(1).ToList(), [82], daysAgo: 3, throughNotice: false,
            cancellationToken);

        var home = await ApplyAsync(context, DemoUsers.NanjingStation, DemoData.Nanjing, JiangsuForm(jiangsu, "南京玄武留学人员之家（演示）",
            "南京市玄武区海外人才公共服务窗口（演示）", "320102", "window"), daysAgo: 45, cancellationToken);
        await ReviewAsync(context, jiangsu, home, DemoUsers.JiangsuOfficer, DemoUsers.JiangsuExperts, [92, 85, 89], daysAgo: 30, throughNotice: true, cancellationToken);
        await NameAsync(context, DemoUsers.JiangsuOfficer, DemoData.Jiangsu, home, cancellationToken);

        var inNotice = await ApplyAsync(context, DemoUsers.NanjingStation, DemoData.Nanjing, JiangsuForm(jiangsu, "南京江北留学人员创业园之家（演示）",
            "江苏省南京留学人员创业园（演示）", "320111", "park"), daysAgo: 20, cancellationToken);
        await ReviewAsync(context, jiangsu, inNotice, DemoUsers.JiangsuOfficer, DemoUsers.JiangsuExperts, [80, 84, 78], daysAgo: 0, throughNotice: true, cancellationToken);
        await EvaluationAsync(context, jiangsu, home, cancellationToken);
        context.Created(4, "stations");
    }

    /// <summary>The named station at work: a job referral of the demo talent and a policy service, two rooms, and this year's
    /// event plan approved by Qingdao's officer (STN-10, STN-03, STN-11).</summary>
    private async Task RunAsync(DemoSeedContext context, Station station, CancellationToken cancellationToken)
    {
        As(context, DemoUsers.QingdaoStation, DemoData.Shinan, Roles.StationOperator, 0);
        var today = ChinaClock.DateOf(time.GetUtcNow().UtcDateTime);
        var operation = services.GetRequiredService<StationOperation>();
        var job = (await services.GetRequiredService<JobReferrals>().PublishedSinceAsync("3702", DateTime.MinValue, 1, cancellationToken)).FirstOrDefault();
        if (job is not null)
            Expect(await operation.LogAsync(station.Id, new ServiceForm
            {
                Kind = ServiceKind.Referral, Mobile = DemoUsers.Talent, On = today.AddDays(-2), Job = job.Id.ToString(),
                Detail = "根据求职意向推荐软件开发岗位，并讲解面试要点。（演示）", Outcome = "已推荐，等待投递。（演示）",
            }, cancellationToken));
        Expect(await operation.LogAsync(station.Id, new ServiceForm
        {
            Kind = ServiceKind.Policy, Mobile = DemoUsers.Talent, On = today.AddDays(-1), Detail = "代办青岛市高校毕业生住房补贴申请材料。（演示）",
            Outcome = "材料已提交。（演示）",
        }, cancellationToken));
        var lodging = services.GetRequiredService<StationLodging>();
        Expect(await lodging.SaveRoomAsync(station.Id, null, "人才公寓A101（演示）", 2, 100m, true, cancellationToken));
        Expect(await lodging.SaveRoomAsync(station.Id, null, "人才公寓A102（演示）", 1, 120m, true, cancellationToken));
        var plans = services.GetRequiredService<EventPlans>();
        var plan = Expect(await plans.SaveAsync(station.Id, today.Year,
            [new PlannedEvent("软件人才专场招聘会（演示）", Math.Min(12, today.Month + 1), 300), new PlannedEvent("集成电路项目路演（演示）", 12, 120)],
            submit: true, cancellationToken));
        As(context, DemoUsers.QingdaoOfficer, DemoData.Qingdao, Roles.Officer, 0);
        Expect(await plans.ApproveAsync(plan.Id, plan.Version, cancellationToken));
    }

    /// <summary>This year's evaluation of the named home, opened by Jiangsu's officer and scored by one expert so far.</summary>
    private async Task EvaluationAsync(DemoSeedContext context, StationProgram program, Station home, CancellationToken cancellationToken)
    {
        As(context, DemoUsers.JiangsuOfficer, DemoData.Jiangsu, Roles.Officer, 0);
        var evaluations = services.GetRequiredService<StationEvaluations>();
        var evaluation = Expect(await evaluations.OpenAsync(home.Id, ChinaClock.DateOf(time.GetUtcNow().UtcDateTime).Year, cancellationToken));
        As(context, DemoUsers.JiangsuExperts[0], DemoData.Jiangsu, Roles.Reviewer, 0);
        var scores = program.Definition.Evaluation.ToDictionary(c => c.Key, c => (int?)(c.Max * 8 / 10));
        Expect(await evaluations.ScoreAsync(evaluation.Id, scores, "服务规模较大，产才对接成效明显。（演示）", cancellationToken));
    }

    /// <summary>The service as of <paramref name="daysAgo"/> days before now, acting as <paramref name="userName"/>.</summary>
    private StationAccreditation As(DemoSeedContext context, string userName, string scope, string role, int daysAgo)
    {
        current.ActAs(context.Account(userName), userName, scope, [role]);
        db.ChangeTracker.Clear();
        return ActivatorUtilities.CreateInstance<StationAccreditation>(services, new ChinaClock(new EarlierClock(time, TimeSpan.FromDays(daysAgo))));
    }

    private async Task<Station> ApplyAsync(DemoSeedContext context, string operatorName, string scope, (StationForm Form, IReadOnlyList<StationUpload> Files) application,
        int daysAgo, CancellationToken cancellationToken)
    {
        var service = As(context, operatorName, scope, Roles.StationOperator, daysAgo);
        var created = Expect(await service.CreateAsync(application.Form, application.Files, cancellationToken));
        return Expect(await service.SubmitAsync(created.Id, created.Version, cancellationToken));
    }

    /// <summary>Each stage: its site visit, its experts' scores, and its officers' pass; the local stage's officers are the
    /// applicant's district (Qingdao) or city (Jiangsu).</summary>
    private async Task ReviewAsync(DemoSeedContext context, StationProgram program, Station station, string programOfficer, IReadOnlyList<string> experts,
        IReadOnlyList<int> scores, int daysAgo, bool throughNotice, CancellationToken cancellationToken)
    {
        var localOfficer = program.Code == StationProgramData.QingdaoTalentStations ? DemoUsers.CountyOfficer : DemoUsers.NanjingOfficer;
        var stages = program.Definition.Stages;
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            var (officer, scope) = stage.Level == StageLevel.Local
                ? (localOfficer, program.LocalPrefix(station.RegionCode).PadRight(6, '0'))
                : (programOfficer, program.Definition.RegionCode);
            var day = daysAgo + (stages.Count - i) * 2;
            for (var e = 0; e < stage.Experts && e < experts.Count; e++)
            {
                var expert = As(context, experts[e], program.Definition.RegionCode, Roles.Reviewer, day);
                Expect(await expert.ScoreAsync(station.Id, scores[e], recommend: true, "材料齐全，场地与团队符合条件。（演示）", cancellationToken));
            }
            if (stage.Experts > experts.Count || (i == stages.Count - 1 && !throughNotice)) return;
            var service = As(context, officer, scope, Roles.Officer, day);
            var version = (await db.Stations.AsNoTracking().FirstAsync(s => s.Id == station.Id, cancellationToken)).Version;
            if (stage.SiteVisit)
            {
                var visited = Expect(await service.RecordSiteVisitAsync(station.Id, version, ChinaClock.DateOf(time.GetUtcNow().UtcDateTime).AddDays(-day),
                    "实地查看：场地独立，设施齐备，服务团队到位。（演示）", cancellationToken));
                version = visited.Version;
            }
            Expect(await service.PassAsync(station.Id, version, "符合申报条件。（演示）", cancellationToken));
        }
    }

    private async Task NameAsync(DemoSeedContext context, string officer, string scope, Station station, CancellationToken cancellationToken)
    {
        var service = As(context, officer, scope, Roles.Officer, 0);
        var version = (await db.Stations.AsNoTracking().FirstAsync(s => s.Id == station.Id, cancellationToken)).Version;
        Expect(await service.NameAsync(station.Id, version, cancellationToken));
    }

    private static (StationForm, IReadOnlyList<StationUpload>) QingdaoForm(StationProgram program, string name, string organisation, string industryWord, string type)
    {
        var form = new StationForm
        {
            ProgramId = program.Id, Name = name, OrganisationName = organisation, OrganisationKind = OrganisationKind.Company, TypeKey = type,
            RegionCode = DemoData.Shinan, Address = "青岛市市南区香港中路（演示地址）", ContactName = "张经理", ContactPhone = "0532-80000000",
            Introduction = $"面向软件和信息技术服务业的{industryWord}人才驿站，为来青回青人才提供免费职介、特价住宿、政策代办和创业赋能服务。（演示）",
            Services = [StationServices.Referral, StationServices.Lodging, StationServices.Policy, StationServices.Startup],
            Answers = new()
            {
                ["venue"] = new() { Ticked = ["negotiation", "rest", "network", "multimedia", "projector"] },
                ["plan"] = new() { Industry = "65", Text = "围绕软件开发、集成电路、人工智能和大数据，每季度举办专场招聘和项目路演。（演示）" },
                ["lodging"] = new() { Text = "与周边人才公寓合作，来青求职人才可享受最长7晚、每晚100元的特价住宿。（演示）" },
                ["rules"] = new() { Ticked = ["attendance", "funds", "events", "safety"] },
            },
            Staff =
            [
                new() { Name = "张经理", Role = "站长", FullTime = true, Degree = StaffDegree.Master },
                new() { Name = "李专员", Role = "人才服务专员", FullTime = true, Degree = StaffDegree.Bachelor },
                new() { Name = "王专员", Role = "活动专员", FullTime = false, Degree = StaffDegree.Bachelor },
            ],
        };
        return (form, Files("venue", "plan", "rules"));
    }

    private static (StationForm, IReadOnlyList<StationUpload>) JiangsuForm(StationProgram program, string name, string organisation, string region, string type)
    {
        var form = new StationForm
        {
            ProgramId = program.Id, Name = name, OrganisationName = organisation,
            OrganisationKind = type == "park" ? OrganisationKind.Park : OrganisationKind.PublicWindow, TypeKey = type, RegionCode = region,
            Address = "南京市（演示地址）", ContactName = "刘老师", ContactPhone = "025-80000000",
            Introduction = "为留学人员和海外人才回国就业创业提供“一站式”公共服务、产才对接和联谊交流。（演示）",
            Services = [StationServices.Public, StationServices.Matching, StationServices.Networking, StationServices.Policy],
            Answers = new()
            {
                ["served"] = new() { Number = 1280 },
                ["venue"] = new() { Ticked = ["display", "exchange", "public"] },
                ["equipment"] = new() { Ticked = ["printer", "copier", "computers", "selfservice", "kiosk", "screen", "networking"] },
                ["rules"] = new() { Text = "服务项目：就业指导、项目申报、人事人才、待遇落实。服务流程：登记—受理—办理—回访。（演示）" },
                ["matching"] = new() { Text = "每月征集区域内用人单位的岗位和项目需求，按人才专业进行人岗适配，每季度举办项目路演。（演示）" },
            },
            Staff =
            [
                new() { Name = "刘老师", Role = "窗口负责人", FullTime = true, Degree = StaffDegree.Master, English = true },
                new() { Name = "陈老师", Role = "窗口服务人员", FullTime = true, Degree = StaffDegree.Bachelor, English = true },
                new() { Name = "周老师", Role = "联络员", FullTime = false, Degree = StaffDegree.College, English = true },
            ],
        };
        return (form, Files("served", "venue", "rules"));
    }

    private static IReadOnlyList<StationUpload> Files(params string[] conditions) =>
        conditions.Select(c => new StationUpload(c, c + "（演示）.pdf", DemoPdf)).ToList();

    /// <summary>A one-page PDF as the evidence of every demo condition.</summary>
    private static readonly byte[] DemoPdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
