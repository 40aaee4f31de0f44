namespace Yincai.Modules.Audit.Contracts;

/// <summary>Stable action codes of the audit trail.</summary>
public static class AuditActions
{
    public const string Insert = "record.insert";
    public const string Update = "record.update";
    public const string Delete = "record.delete";
    public const string SignIn = "auth.sign_in";
    public const string SignOut = "auth.sign_out";
    public const string TokenIssued = "auth.token";
    public const string AccessDenied = "access.denied";
    public const string SensitiveView = "pii.view";
    public const string IdNumberCorrected = "pii.id_number_corrected";
    /// <summary>A list exported to a file: who, which list, with which filter, how many rows.</summary>
    public const string Export = "data.export";
    public const string ChainVerified = "audit.verify";
    /// <summary>The security admins were alerted: someone reached the limit of reveals of protected values.</summary>
    public const string RevealLimitAlert = "security.reveal_limit";
}
