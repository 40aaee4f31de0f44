namespace Yincai.Modules.Accounts.Approvals;

public enum AdminApprovalStatus
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}
