using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Activation;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Audit.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Approvals;

/// <summary>The administrators' requests on admin accounts: listed for the three admins within their scope, approved
/// or refused by an administrator of another admin role, carried out in the same transaction as the decision.</summary>
public sealed class AdminApprovals(YincaiDb db, UserManager<AppUser> users, CurrentUser current, AccountErrors errors,
    AdminApprovalRequests requests, StaffAccounts accounts, StaffActivations activations, TimeProvider clock)
{
    /// <summary>Requests on accounts inside the current administrator's scope.</summary>
    public IQueryable<AdminApproval> Visible()
    {
        var prefix = current.Scope.Prefix;
        return prefix is null ? db.AdminApprovals : db.AdminApprovals.Where(a => a.TargetScopeRegionCode.StartsWith(prefix));
    }

    public IQueryable<AdminApproval> Pending() => Visible().Where(a => a.Status == AdminApprovalStatus.Pending);

    /// <summary>Pending requests the signed-in administrator may decide (the rules of <see cref="AdminApproval.CanDecide"/>).</summary>
    public IQueryable<AdminApproval> AwaitingMe()
    {
        var id = current.Id;
        var role = requests.RequesterRole;
        if (id is null || role is null) return Pending().Where(a => false);
        return Pending().Where(a => a.RequestedById != id && a.TargetUserId != id && a.RequestedByRole != role
            && !((a.Kind == AdminApprovalKind.Disable || a.Kind == AdminApprovalKind.Enable) && a.TargetRole == role));
    }

    /// <summary>Whether the signed-in administrator may decide <paramref name="approval"/>.</summary>
    public bool CanDecide(AdminApproval approval) =>
        current.Id is { } id && !approval.CanDecide(id, requests.RequesterRole).IsError;

    public async Task<Result> DecideAsync(Guid approvalId, bool approve, CancellationToken cancellationToken)
    {
        if (current.Id is not { } deciderId) return errors.NotAllowed;
        var approval = await Visible().FirstOrDefaultAsync(a => a.Id == approvalId, cancellationToken);
        if (approval is null) return errors.ApprovalNotFound;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decided = approval.Decide(approve, deciderId, current.UserName ?? "", requests.RequesterRole, clock.GetUtcNow().UtcDateTime);
        if (decided.IsError) return decided;
        try
        {
            // The decision first: of two administrators deciding at once, the second meets the version check here.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminApprovalErrors.NotPending;
        }

        if (approve)
        {
            var carried = await CarryOutAsync(approval, cancellationToken);
            if (carried.IsError)
            {
                db.ChangeTracker.Clear(); // rolled back: the page must not show what was not saved
                return carried;
            }
        }
        else if (approval.Kind == AdminApprovalKind.IssueActivation)
            await activations.DecidedAsync(approval, approved: false, cancellationToken);
        db.Audit(new AuditRecord(approve ? AuditActions.ApprovalApproved : AuditActions.ApprovalRefused, AuditOutcome.Success, deciderId,
            current.UserName, nameof(AdminApproval), approval.Id.ToString(), approval.TargetScopeRegionCode,
            After: AdminApprovalRequests.Describe(approval), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok();
    }

    private async Task<Result> CarryOutAsync(AdminApproval approval, CancellationToken cancellationToken)
    {
        if (approval.Kind == AdminApprovalKind.Create)
        {
            var request = JsonSerializer.Deserialize<NewStaffAccount>(approval.Payload ?? "")
                ?? throw new InvalidOperationException("A creation request without its account.");
            var created = await accounts.ApplyCreateAsync(request, approval, cancellationToken);
            return created.IsError ? Result.Fail(created.Error!) : Result.Ok();
        }
        if (approval.Kind == AdminApprovalKind.IssueActivation)
        {
            await activations.DecidedAsync(approval, approved: true, cancellationToken);
            return Result.Ok();
        }
        var user = await users.FindByIdAsync(approval.TargetUserId.ToString()!);
        if (user is null) return errors.NotStaff;
        switch (approval.Kind)
        {
            case AdminApprovalKind.ChangeRoles:
                var change = JsonSerializer.Deserialize<StaffAccountChange>(approval.Payload ?? "")
                    ?? throw new InvalidOperationException("A change request without its roles.");
                var changed = await accounts.ApplyChangeAsync(user, change, approval, cancellationToken);
                if (changed.IsError) return Result.Fail(changed.Error!);
                break;
            case AdminApprovalKind.Disable or AdminApprovalKind.Enable:
                await accounts.ApplySetDisabledAsync(user, approval.Kind == AdminApprovalKind.Disable, approval, cancellationToken);
                break;
            case AdminApprovalKind.ResetTwoFactor:
                await accounts.ApplyResetTwoFactorAsync(user, approval, cancellationToken);
                break;
        }
        return Result.Ok();
    }
}
