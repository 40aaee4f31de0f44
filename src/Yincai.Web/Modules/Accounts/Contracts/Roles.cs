namespace Yincai.Modules.Accounts.Contracts;

/// <summary>The roles of DESIGN.md §1. The three admin roles (三权分立) exclude each other.</summary>
public static class Roles
{
    public const string Talent = "talent";
    public const string EmployerUser = "employer_user";
    public const string StationOperator = "station_operator";
    public const string Officer = "officer";
    public const string Reviewer = "reviewer";
    public const string SystemAdmin = "system_admin";
    public const string SecurityAdmin = "security_admin";
    public const string Auditor = "auditor";

    /// <summary>A university's employment office (高校就业部门): its own graduates, campus station and classes (GRD-06, GRD-07).</summary>
    public const string University = "university";

    public static readonly IReadOnlyList<string> All =
        [Talent, EmployerUser, StationOperator, Officer, Reviewer, SystemAdmin, SecurityAdmin, Auditor, University];

    public static readonly IReadOnlyList<string> Staff =
        [StationOperator, Officer, Reviewer, SystemAdmin, SecurityAdmin, Auditor];

    public static readonly IReadOnlyList<string> Admin = [SystemAdmin, SecurityAdmin, Auditor];

    public static bool IsAdmin(string role) => Admin.Contains(role);
}
