using Yincai.Platform;

namespace Yincai.Modules.Accounts.Approvals;

/// <summary>Why an administrator may not decide a request on an admin account.</summary>
public static class AdminApprovalErrors
{
    private static readonly ModuleErrors Errors = new(typeof(AccountsResource));

    public static Error NotPending => Errors.Make("accounts.approval_not_pending", "Error_ApprovalNotPending");
    public static Error OwnRequest => Errors.Make("accounts.approval_own_request", "Error_ApprovalOwnRequest");
    public static Error OwnAccount => Errors.Make("accounts.approval_own_account", "Error_CannotChangeSelf");
    public static Error SameAdminRole => Errors.Make("accounts.approval_same_role", "Error_ApprovalSameRole");
    public static Error TargetRole => Errors.Make("accounts.approval_target_role", "Error_NeedsOtherAdmins");
}
