using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Approvals;

/// <summary>
/// A change to an admin account (三权分立) that one administrator asked for and that takes effect only when an
/// administrator of another admin role approves it: creating an admin, disabling or enabling one, resetting their
/// two-step sign-in, a link to activate their account.
/// </summary>
public sealed class AdminApproval
{
    private AdminApproval() { }

    public AdminApproval(AdminApprovalKind kind, Guid? targetUserId, string targetUserName, string targetRole, string targetScopeRegionCode,
        string? payload, Guid requestedById, string requestedByName, string requestedByRole, DateTime nowUtc)
    {
        Id = Ids.New();
        (Kind, TargetUserId, TargetUserName, TargetRole, TargetScopeRegionCode, Payload) =
            (kind, targetUserId, targetUserName, targetRole, targetScopeRegionCode, payload);
        (RequestedById, RequestedByName, RequestedByRole, RequestedAtUtc) = (requestedById, requestedByName, requestedByRole, nowUtc);
        Status = AdminApprovalStatus.Pending;
    }

    public Guid Id { get; private set; }
    public AdminApprovalKind Kind { get; private set; }
    /// <summary>Null for <see cref="AdminApprovalKind.Create"/> until the account exists.</summary>
    public Guid? TargetUserId { get; private set; }
    public string TargetUserName { get; private set; } = "";
    /// <summary>The admin role the account holds or is to hold.</summary>
    public string TargetRole { get; private set; } = "";
    public string TargetScopeRegionCode { get; private set; } = "";
    /// <summary>What the change needs to be carried out: the new account for a creation, the link's id for an activation.</summary>
    public string? Payload { get; private set; }
    public Guid RequestedById { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public string RequestedByRole { get; private set; } = "";
    public DateTime RequestedAtUtc { get; private set; }
    public AdminApprovalStatus Status { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>
    /// Nobody decides their own request or a request about their own account; the decider holds another admin role
    /// than the requester; disabling or enabling an admin takes the two admin roles other than the account's own.
    /// </summary>
    public Result CanDecide(Guid deciderId, string? deciderRole)
    {
        if (Status != AdminApprovalStatus.Pending) return AdminApprovalErrors.NotPending;
        if (deciderId == RequestedById) return AdminApprovalErrors.OwnRequest;
        if (deciderId == TargetUserId) return AdminApprovalErrors.OwnAccount;
        if (deciderRole is null || !Roles.IsAdmin(deciderRole) || deciderRole == RequestedByRole) return AdminApprovalErrors.SameAdminRole;
        if (Kind is AdminApprovalKind.Disable or AdminApprovalKind.Enable && deciderRole == TargetRole) return AdminApprovalErrors.TargetRole;
        return Result.Ok();
    }

    public Result Decide(bool approve, Guid deciderId, string deciderName, string? deciderRole, DateTime nowUtc)
    {
        var allowed = CanDecide(deciderId, deciderRole);
        if (allowed.IsError) return allowed;
        (Status, DecidedById, DecidedByName, DecidedAtUtc) =
            (approve ? AdminApprovalStatus.Approved : AdminApprovalStatus.Refused, deciderId, deciderName, nowUtc);
        Version++;
        return Result.Ok();
    }

    /// <summary>The account a creation made, once approved.</summary>
    public void Created(Guid userId) => TargetUserId = userId;
}
