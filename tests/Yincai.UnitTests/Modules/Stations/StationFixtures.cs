using Yincai.Modules.Stations;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>The two programs as their JSON files give them, and applications to them that meet every condition.</summary>
internal static class StationFixtures
{
    public static readonly DateTime Now = new(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static ProgramDefinition Qingdao { get; } = StationProgramData.Read("qingdao-talent-stations.json");
    public static ProgramDefinition Jiangsu { get; } = StationProgramData.Read("jiangsu-returnee-homes.json");

    public static ServiceStaff Staff(string name, StaffDegree degree = StaffDegree.Bachelor, bool english = true) =>
        new(name, "服务专员", true, degree, english);

    public static IReadOnlyList<ServiceStaff> ThreeStaff { get; } = [Staff("张一"), Staff("李二"), Staff("王三")];

    /// <summary>Every Qingdao condition met (STN-01..05), with the files the conditions that ask for evidence need.</summary>
    public static Dictionary<string, ConditionAnswer> QingdaoAnswers() => new()
    {
        ["venue"] = new(Ticked: ["negotiation", "rest", "network", "multimedia", "projector"]),
        ["plan"] = new(Text: "面向海洋装备产业的引才行动计划", Industry: "海洋装备"),
        ["lodging"] = new(Text: "驿站公寓 10 间，每晚 50 元"),
        ["staff"] = new(),
        ["rules"] = new(Ticked: ["attendance", "funds", "events", "safety"]),
    };

    public static HashSet<string> QingdaoFiles() => ["venue", "plan", "rules"];

    /// <summary>Every Jiangsu condition met (RET-01..06).</summary>
    public static Dictionary<string, ConditionAnswer> JiangsuAnswers() => new()
    {
        ["served"] = new(Number: 800),
        ["venue"] = new(Ticked: ["display", "exchange", "public"]),
        ["equipment"] = new(Ticked: ["printer", "copier", "computers", "selfservice", "kiosk", "screen", "networking"]),
        ["rules"] = new(Text: "服务项目：政策咨询、项目申报；流程：登记、受理、办结。"),
        ["matching"] = new(Text: "每季度征集园区企业岗位和项目需求，组织路演和对接会。"),
    };

    public static HashSet<string> JiangsuFiles() => ["served", "venue", "rules"];

    public static StationContent Content(IReadOnlyDictionary<string, ConditionAnswer> answers, IReadOnlyList<ServiceStaff>? staff = null) =>
        new(answers, staff ?? ThreeStaff);

    public static StationDetails Details(string regionCode = "370202", string name = "青岛海洋人才驿站") =>
        new(name, "青岛海洋科技有限公司", OrganisationKind.Company, "professional", regionCode, "市南区香港中路 1 号", "刘经理",
            "13800000000", "面向海洋产业的人才驿站", [StationServices.Referral, StationServices.Lodging], Content(QingdaoAnswers()));

    public static Station Draft() => new(Guid.CreateVersion7(), Details(), Guid.CreateVersion7(), Now);
}
