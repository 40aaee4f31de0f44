namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>The demo accounts the app seeds on an empty database (src/Yincai.Web/Modules/Accounts/Demo/DemoAccounts.cs).</summary>
public static class DemoAccounts
{
    /// <summary>Given to the app as <c>Demo:Password</c>, so every demo account has it.</summary>
    public const string Password = "Demo#Pass2026";

    public const string QingdaoOfficer = "officer.qd";
    public const string QingdaoOfficerName = "青岛市人社局经办人";

    /// <summary>The demo talent, who has a record, an education and an intention that the demo jobs match.</summary>
    public const string Talent = "13900000001";

    public const string SystemAdmin = "sysadmin";
    public const string SystemAdminName = "系统管理员";
}
