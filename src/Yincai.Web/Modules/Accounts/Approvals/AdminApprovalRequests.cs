using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Approvals;

/// <summary>Stores a change to an admin account as pending, for another administrator to decide (audited).</summary>
public sealed class AdminApprovalRequests(YincaiDb db, UserManager<AppUser> users, CurrentUser current, AccountErrors errors, Notifier notifier,
    TimeProvider clock)
{
    /// <summary>The admin role the signed-in administrator holds (the admin roles exclude each other).</summary>
    public string? RequesterRole => Roles.Admin.FirstOrDefault(current.IsInRole);

    /// <summary>True when a person, not the console or a test acting as the system, asks.</summary>
    public bool ByPerson => current.Id is not null;

    /// <summary>Queues the request and its audit row for the caller's next save.</summary>
    public async Task<Result<AdminApproval>> RequestAsync(AdminApprovalKind kind, Guid? targetUserId, string targetUserName, string targetRole,
        string targetScopeRegionCode, string? payload, CancellationToken cancellationToken)
    {
        if (current.Id is not { } requesterId || RequesterRole is not { } requesterRole) return errors.NotAllowed;
        if (targetUserId == requesterId) return errors.CannotChangeSelf;
        var duplicate = await db.AdminApprovals.AnyAsync(a => a.Status == AdminApprovalStatus.Pending && a.Kind == kind
            && (targetUserId == null ? a.TargetUserName == targetUserName : a.TargetUserId == targetUserId), cancellationToken);
        if (duplicate) return errors.ApprovalAlreadyPending;

        var approval = new AdminApproval(kind, targetUserId, targetUserName, targetRole, targetScopeRegionCode, payload,
            requesterId, current.UserName ?? "", requesterRole, clock.GetUtcNow().UtcDateTime);
        db.AdminApprovals.Add(approval);
        db.Audit(new AuditRecord(AuditActions.ApprovalRequested, AuditOutcome.Success, requesterId, current.UserName, nameof(AdminApproval),
            approval.Id.ToString(), targetScopeRegionCode, After: Describe(approval), IpAddress: current.IpAddress));
        await TellDecidersAsync(approval, cancellationToken);
        return approval;
    }

    /// <summary>A message to each active administrator who may decide the request and whose scope holds the account.</summary>
    private async Task TellDecidersAsync(AdminApproval approval, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.Admin.Where(r => r != approval.RequestedByRole))
            foreach (var admin in await users.GetUsersInRoleAsync(role))
                if (!admin.IsDisabled && admin.ScopeRegionCode is { } scope && RegionScope.ForRegion(scope).Contains(approval.TargetScopeRegionCode)
                    && !approval.CanDecide(admin.Id, role).IsError)
                    await notifier.NotifyAsync(admin.Id, KindOf(approval.Kind), [approval.RequestedByName, approval.TargetUserName],
                        "/Accounts/Approvals", cancellationToken);
    }

    /// <summary>The message of a request: what is asked is in its wording, not in its values.</summary>
    private static NotificationKind KindOf(AdminApprovalKind kind) => kind switch
    {
        AdminApprovalKind.Create => NotificationKinds.AdminApprovalCreate,
        AdminApprovalKind.Disable => NotificationKinds.AdminApprovalDisable,
        AdminApprovalKind.Enable => NotificationKinds.AdminApprovalEnable,
        AdminApprovalKind.ResetTwoFactor => NotificationKinds.AdminApprovalResetTwoFactor,
        AdminApprovalKind.IssueActivation => NotificationKinds.AdminApprovalIssueActivation,
        AdminApprovalKind.ChangeRoles => NotificationKinds.AdminApprovalChangeRoles,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What the audit trail keeps of a request: never a token.</summary>
    public static string Describe(AdminApproval approval) => AuditJson.Serialize(new
    {
        kind = approval.Kind.ToString(), targetUserId = approval.TargetUserId, targetUserName = approval.TargetUserName,
        targetRole = approval.TargetRole, scope = approval.TargetScopeRegionCode, requestedBy = approval.RequestedByName,
        requestedByRole = approval.RequestedByRole, status = approval.Status.ToString(), decidedBy = approval.DecidedByName,
    });
}
