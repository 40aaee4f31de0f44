namespace Yincai.Modules.Accounts.Contracts;

/// <summary>What the demo accounts that other modules' demo data name sign in with (user names of staff, mobile numbers
/// of the employer user and the talent); Accounts' demo seeder creates them and hands their ids on through
/// <see cref="Platform.DemoSeedContext"/>.</summary>
public static class DemoUsers
{
    /// <summary>The province officer, who verified the demo employers and approved their postings.</summary>
    public const string ProvinceOfficer = "officer.sd";

    /// <summary>The officer of 青岛市市南区, to whom the demo graduates of that county are assigned.</summary>
    public const string CountyOfficer = "officer.qd.sn";

    /// <summary>The employer user's mobile number; the employer user is a member of the first demo employer.</summary>
    public const string Employer = "13800000001";

    /// <summary>The talent's mobile number; the talent has a record that the demo jobs match.</summary>
    public const string Talent = "13900000001";

    /// <summary>The mobile number of the employment office of 青岛大学, whose campus the Graduates demo data keep.</summary>
    public const string University = "13700000001";

    /// <summary>The operator of the demo talent stations in 青岛市市南区 (Stations).</summary>
    public const string QingdaoStation = "station.qd";

    /// <summary>The operator of the demo returnee homes in 南京市 (Stations).</summary>
    public const string NanjingStation = "station.nj";

    /// <summary>Jiangsu's provincial officer, who names returnee homes (Stations).</summary>
    public const string JiangsuOfficer = "officer.js";

    /// <summary>Nanjing's officer, who holds the city review of returnee homes (Stations).</summary>
    public const string NanjingOfficer = "officer.nj";

    /// <summary>Qingdao's officer, who holds the city review of talent stations and names them (Stations).</summary>
    public const string QingdaoOfficer = "officer.qd";

    /// <summary>The experts (reviewer accounts) who score applications: three for Qingdao, three for Jiangsu.</summary>
    public static readonly IReadOnlyList<string> QingdaoExperts = ["expert.qd1", "expert.qd2", "expert.qd3"];

    public static readonly IReadOnlyList<string> JiangsuExperts = ["expert.js1", "expert.js2", "expert.js3"];
}
