namespace Yincai.Modules.Accounts.Contracts;

/// <summary>Authorization policy names used by pages and endpoints. Not named "Policies": inside any
/// Yincai.Modules.* namespace that name resolves to the Policies module's namespace first.</summary>
public static class AccessPolicies
{
    public const string SignedIn = "signed_in";
    public const string Staff = "staff";
    public const string Officer = "officer";
    public const string EmployerUser = "employer_user";
    public const string Talent = "talent";
    public const string University = "university";
    public const string ManageAccounts = "manage_accounts";
    public const string ManageSecurity = "manage_security";
    public const string ReadAudit = "read_audit";
    /// <summary>Any of the three admin roles: the requests on admin accounts that another admin approves.</summary>
    public const string AnyAdmin = "any_admin";
}
