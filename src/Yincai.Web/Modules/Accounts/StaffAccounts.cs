using Yincai.Modules.Accounts.Contracts;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Approvals;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Staff account administration, split by 三权分立: the system admin creates accounts (without a password: the
/// security admin issues the activation link) and disables them; the security admin resets two-factor sign-in and
/// unlocks. An admin role is held alone. A change to an admin account, asked for by a person, waits for an
/// administrator of another admin role to approve it (<see cref="AdminApprovals"/>); the console and tests act as the
/// system and need no second person.
/// </summary>
public sealed class StaffAccounts(UserManager<AppUser> users, YincaiDb db, RegionDirectory regions, CurrentUser current,
    AccountErrors errors, AdminApprovalRequests approvals, Notifier notifier, TimeProvider clock)
{
    public async Task<Result<StaffAccountOutcome>> CreateAsync(NewStaffAccount request, CancellationToken cancellationToken)
    {
        request = request with { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim(), Roles = request.Roles.Distinct().ToList() };
        var invalid = await ValidateAsync(request, cancellationToken);
        if (invalid is not null) return invalid;
        if (approvals.ByPerson && !current.IsInRole(Roles.SystemAdmin)) return errors.NotAllowed;

        if (request.Roles.FirstOrDefault(Roles.IsAdmin) is { } adminRole && approvals.ByPerson)
        {
            var approval = await approvals.RequestAsync(AdminApprovalKind.Create, null, request.UserName, adminRole, request.ScopeRegionCode,
                JsonSerializer.Serialize(request), cancellationToken);
            if (approval.IsError) return approval.Error!;
            await db.SaveChangesAsync(cancellationToken);
            return new StaffAccountOutcome(null, approval.Value!.Id);
        }
        var created = await ApplyCreateAsync(request, null, cancellationToken);
        if (created.IsError) return created.Error!;
        return new StaffAccountOutcome(created.Value, null);
    }

    /// <summary>Roles (an admin role alone), scope and a user name Identity accepts and nobody holds or has asked for.</summary>
    private async Task<Error?> ValidateAsync(NewStaffAccount request, CancellationToken cancellationToken)
    {
        if (await ValidateRolesAndScopeAsync(request.Roles, request.ScopeRegionCode, cancellationToken) is { } invalid) return invalid;
        var candidate = new AppUser { UserName = request.UserName, Kind = AccountKind.Staff };
        foreach (var validator in users.UserValidators)
        {
            var checkedName = await validator.ValidateAsync(users, candidate);
            if (!checkedName.Succeeded) return AccountErrors.FromIdentity(checkedName.Errors, "UserName");
        }
        if (await db.AdminApprovals.AnyAsync(a => a.Status == AdminApprovalStatus.Pending && a.Kind == AdminApprovalKind.Create
                && a.TargetUserName == request.UserName, cancellationToken))
            return errors.UserNamePending;
        return null;
    }

    private async Task<Error?> ValidateRolesAndScopeAsync(IReadOnlyList<string> roles, string scopeRegionCode, CancellationToken cancellationToken)
    {
        if (roles.Count == 0) return errors.RoleRequired;
        if (roles.Any(r => !Roles.Staff.Contains(r))) return errors.UnknownRole;
        if (roles.Any(Roles.IsAdmin) && roles.Count > 1) return errors.AdminRolesExclusive;
        if (string.IsNullOrWhiteSpace(scopeRegionCode)) return errors.ScopeRequired;
        if (!await regions.ExistsAsync(scopeRegionCode, cancellationToken)) return errors.UnknownRegion;
        if (!current.Scope.Contains(scopeRegionCode)) return errors.ScopeOutside;
        return null;
    }

    /// <summary>
    /// The system admin changes a staff account's roles and scope; when the account holds an admin role or is to get
    /// one, the change waits for an administrator of another admin role.
    /// </summary>
    public async Task<Result<StaffAccountOutcome>> ChangeAsync(AppUser user, StaffAccountChange change, CancellationToken cancellationToken)
    {
        change = change with { Roles = change.Roles.Distinct().ToList() };
        if (user.Id == current.Id) return errors.CannotChangeSelf;
        if (approvals.ByPerson && !current.IsInRole(Roles.SystemAdmin)) return errors.NotAllowed;
        if (await ValidateRolesAndScopeAsync(change.Roles, change.ScopeRegionCode, cancellationToken) is { } invalid) return invalid;
        var adminRole = await AdminRoleOfAsync(user) ?? change.Roles.FirstOrDefault(Roles.IsAdmin);
        if (adminRole is not null && approvals.ByPerson)
        {
            var approval = await approvals.RequestAsync(AdminApprovalKind.ChangeRoles, user.Id, user.UserName!, adminRole, user.ScopeRegionCode ?? "",
                JsonSerializer.Serialize(change), cancellationToken);
            if (approval.IsError) return approval.Error!;
            await db.SaveChangesAsync(cancellationToken);
            return new StaffAccountOutcome(user, approval.Value!.Id);
        }
        var applied = await ApplyChangeAsync(user, change, null, cancellationToken);
        if (applied.IsError) return applied.Error!;
        return new StaffAccountOutcome(user, null);
    }

    internal Task<Result<AppUser>> ApplyChangeAsync(AppUser user, StaffAccountChange change, AdminApproval? approval, CancellationToken cancellationToken) =>
        AccountsTransaction.RunAsync(db, async () =>
        {
            var before = await users.GetRolesAsync(user);
            var beforeScope = user.ScopeRegionCode;
            // Removed first: the database refuses an admin role beside any other, even for a moment.
            var removed = await users.RemoveFromRolesAsync(user, before.Except(change.Roles));
            if (!removed.Succeeded) return AccountErrors.FromIdentity(removed.Errors, "Roles");
            var added = await users.AddToRolesAsync(user, change.Roles.Except(before));
            if (!added.Succeeded) return AccountErrors.FromIdentity(added.Errors, "Roles");
            user.ScopeRegionCode = change.ScopeRegionCode;
            db.Audit(new AuditRecord(AuditActions.RolesChanged, AuditOutcome.Success, current.Id, current.UserName, nameof(AppUser),
                user.Id.ToString(), change.ScopeRegionCode,
                Before: AuditJson.Serialize(new { roles = before, scope = beforeScope }),
                After: AuditJson.Serialize(new { roles = change.Roles, scope = change.ScopeRegionCode, requestedBy = approval?.RequestedByName, approvalId = approval?.Id }),
                IpAddress: current.IpAddress));
            // Roles and scope live in the sign-in: a new stamp ends the sessions that carry the old ones.
            await users.UpdateSecurityStampAsync(user);
            await db.SaveChangesAsync(cancellationToken);
            return Result<AppUser>.Ok(user);
        }, cancellationToken);

    /// <summary>Creates the account, pending activation: it has no password until its owner sets one.</summary>
    internal Task<Result<AppUser>> ApplyCreateAsync(NewStaffAccount request, AdminApproval? approval, CancellationToken cancellationToken) =>
        AccountsTransaction.RunAsync(db, async () =>
        {
            var user = new AppUser
            {
                Id = Ids.New(),
                UserName = request.UserName,
                Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
                DisplayName = request.DisplayName,
                Kind = AccountKind.Staff,
                ScopeRegionCode = request.ScopeRegionCode,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                // Set when the owner chooses a password with the activation link.
                PasswordChangedAtUtc = DateTime.UnixEpoch,
                LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return AccountErrors.FromIdentity(created.Errors, "UserName");
            var added = await users.AddToRolesAsync(user, request.Roles);
            if (!added.Succeeded) return AccountErrors.FromIdentity(added.Errors, "Roles");
            approval?.Created(user.Id);
            await notifier.NotifyAsync(user.Id, NotificationKinds.StaffWelcome, [], "/Accounts/TwoFactor", cancellationToken);
            db.Audit(new AuditRecord(AuditActions.StaffCreated, AuditOutcome.Success, current.Id, current.UserName ?? "console", nameof(AppUser),
                user.Id.ToString(), user.ScopeRegionCode, After: AuditJson.Serialize(new
                {
                    userName = user.UserName, roles = request.Roles, scope = user.ScopeRegionCode,
                    requestedBy = approval?.RequestedByName, approvalId = approval?.Id,
                }), IpAddress: current.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            return Result<AppUser>.Ok(user);
        }, cancellationToken);

    /// <summary>Staff accounts the current administrator may see: those inside their own scope.</summary>
    public IQueryable<AppUser> Visible()
    {
        var prefix = current.Scope.Prefix;
        var staff = users.Users.Where(u => u.Kind == AccountKind.Staff);
        return prefix is null ? staff : staff.Where(u => u.ScopeRegionCode!.StartsWith(prefix));
    }

    public Task<AppUser?> FindVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        Visible().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>The admin role an account holds, if any.</summary>
    public async Task<string?> AdminRoleOfAsync(AppUser user) => (await users.GetRolesAsync(user)).FirstOrDefault(Roles.IsAdmin);

    /// <summary>
    /// The system admin disables and enables staff accounts. An admin account is disabled or enabled by the two admin
    /// roles other than its own: one asks, the other approves.
    /// </summary>
    public async Task<Result<StaffAccountOutcome>> SetDisabledAsync(AppUser user, bool disabled, CancellationToken cancellationToken)
    {
        if (user.Id == current.Id) return errors.CannotChangeSelf;
        if (await AdminRoleOfAsync(user) is { } adminRole && approvals.ByPerson)
        {
            if (current.IsInRole(adminRole)) return errors.NeedsOtherAdmins;
            return await RequestAsync(disabled ? AdminApprovalKind.Disable : AdminApprovalKind.Enable, user, adminRole, cancellationToken);
        }
        if (approvals.ByPerson && !current.IsInRole(Roles.SystemAdmin)) return errors.NotAllowed;
        await ApplySetDisabledAsync(user, disabled, null, cancellationToken);
        return new StaffAccountOutcome(user, null);
    }

    internal async Task ApplySetDisabledAsync(AppUser user, bool disabled, AdminApproval? approval, CancellationToken cancellationToken)
    {
        user.IsDisabled = disabled;
        db.Audit(new AuditRecord(disabled ? AuditActions.StaffDisabled : AuditActions.StaffEnabled, AuditOutcome.Success, current.Id,
            current.UserName, nameof(AppUser), user.Id.ToString(), user.ScopeRegionCode,
            After: AuditJson.Serialize(new { userName = user.UserName, requestedBy = approval?.RequestedByName, approvalId = approval?.Id }),
            IpAddress: current.IpAddress));
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        // A new security stamp ends the sessions the account already has.
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The security admin's; on an admin account, it waits for an administrator of another admin role.</summary>
    public async Task<Result<StaffAccountOutcome>> ResetTwoFactorAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.Id == current.Id) return errors.CannotChangeSelf;
        if (approvals.ByPerson && !current.IsInRole(Roles.SecurityAdmin)) return errors.NotAllowed;
        if (await AdminRoleOfAsync(user) is { } adminRole && approvals.ByPerson)
            return await RequestAsync(AdminApprovalKind.ResetTwoFactor, user, adminRole, cancellationToken);
        await ApplyResetTwoFactorAsync(user, null, cancellationToken);
        return new StaffAccountOutcome(user, null);
    }

    internal async Task ApplyResetTwoFactorAsync(AppUser user, AdminApproval? approval, CancellationToken cancellationToken)
    {
        db.Audit(new AuditRecord(AuditActions.TwoFactorReset, AuditOutcome.Success, current.Id, current.UserName, nameof(AppUser),
            user.Id.ToString(), user.ScopeRegionCode,
            After: AuditJson.Serialize(new { userName = user.UserName, requestedBy = approval?.RequestedByName, approvalId = approval?.Id }),
            IpAddress: current.IpAddress));
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await notifier.NotifyAsync(user.Id, NotificationKinds.TwoFactorReset, [], "/Accounts/TwoFactor", cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Result> UnlockAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.IsDisabled) return Result.Ok();
        await notifier.NotifyAsync(user.Id, NotificationKinds.AccountUnlocked, [], null, cancellationToken);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return Result.Ok();
    }

    private async Task<Result<StaffAccountOutcome>> RequestAsync(AdminApprovalKind kind, AppUser user, string adminRole, CancellationToken cancellationToken)
    {
        var approval = await approvals.RequestAsync(kind, user.Id, user.UserName!, adminRole, user.ScopeRegionCode ?? "", null, cancellationToken);
        if (approval.IsError) return approval.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return new StaffAccountOutcome(user, approval.Value!.Id);
    }
}
