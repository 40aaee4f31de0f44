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
    /// <summary>A person's audit key destroyed: their personal values in the trail are unreadable from then on.</summary>
    public const string PersonalDataErased = "pii.erased";
    public const string IdNumberCorrected = "pii.id_number_corrected";
    /// <summary>A list exported to a file: who, which list, with which filter, how many rows.</summary>
    public const string Export = "data.export";
    public const string ChainVerified = "audit.verify";
}
