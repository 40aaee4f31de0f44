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
    /// <summary>The security admins were alerted: someone reached the limit of reveals of protected values.</summary>
    public const string RevealLimitAlert = "security.reveal_limit";

    // Staff-account administration (三权分立); the auditor filters them with the prefix "account.".
    public const string StaffCreated = "account.created";
    public const string StaffDisabled = "account.disabled";
    public const string StaffEnabled = "account.enabled";
    public const string TwoFactorReset = "account.two_factor_reset";
    public const string RolesChanged = "account.roles_changed";
    /// <summary>A change to an admin account asked for, waiting for an administrator of another admin role.</summary>
    public const string ApprovalRequested = "account.approval_requested";
    public const string ApprovalApproved = "account.approval_approved";
    public const string ApprovalRefused = "account.approval_refused";
    /// <summary>A one-time activation link issued (the token itself is never written anywhere).</summary>
    public const string ActivationIssued = "account.activation_issued";
    /// <summary>An activation link used: success sets the first password; failure is an unknown, expired or spent link.</summary>
    public const string ActivationUsed = "account.activation_used";
}
