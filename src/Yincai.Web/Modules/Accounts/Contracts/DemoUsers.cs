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
}
