namespace Yincai.Modules.Accounts.Approvals;

/// <summary>What an administrator asked for, on an account that holds (or would hold) an admin role.</summary>
public enum AdminApprovalKind
{
    Create = 1,
    Disable = 2,
    Enable = 3,
    ResetTwoFactor = 4,
    IssueActivation = 5,
    /// <summary>New roles or scope for an account that holds or is to get an admin role.</summary>
    ChangeRoles = 6,
}
