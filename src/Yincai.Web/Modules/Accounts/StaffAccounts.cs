using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Staff account administration, split by 三权分立: the system admin creates accounts and disables them; the
/// security admin resets two-factor sign-in and unlocks; nobody may hold two admin roles.
/// </summary>
public sealed class StaffAccounts(UserManager<AppUser> users, YincaiDb db, RegionDirectory regions, CurrentUser current,
    AccountErrors errors, Inbox inbox, IStringLocalizer<AccountsResource> text, TimeProvider clock)
{
    public async Task<Result<AppUser>> CreateAsync(NewStaffAccount request, CancellationToken cancellationToken)
    {
        var roles = request.Roles.Distinct().ToList();
        if (roles.Count == 0) return errors.RoleRequired;
        if (roles.Any(r => !Roles.Staff.Contains(r))) return errors.UnknownRole;
        if (roles.Count(Roles.IsAdmin) > 1) return errors.AdminRolesExclusive;
        if (string.IsNullOrWhiteSpace(request.ScopeRegionCode)) return errors.ScopeRequired;
        if (!await regions.ExistsAsync(request.ScopeRegionCode, cancellationToken)) return errors.UnknownRegion;
        if (!current.Scope.Contains(request.ScopeRegionCode)) return errors.ScopeOutside;

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            Kind = AccountKind.Staff,
            ScopeRegionCode = request.ScopeRegionCode,
            CreatedAtUtc = now,
            // The first password is set by an administrator: the owner must change it at first sign-in.
            PasswordChangedAtUtc = request.MustChangePassword ? DateTime.UnixEpoch : now,
            LockoutEnabled = true,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return AccountErrors.FromIdentity(created.Errors, "Password");
        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded) return AccountErrors.FromIdentity(added.Errors, "Roles");
        inbox.Send(user.Id, text["Inbox_WelcomeStaff_Title"], text["Inbox_WelcomeStaff_Body"], "/Accounts/ChangePassword");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Staff accounts the current administrator may see: those inside their own scope.</summary>
    public IQueryable<AppUser> Visible()
    {
        var prefix = current.Scope.Prefix;
        var staff = users.Users.Where(u => u.Kind == AccountKind.Staff);
        return prefix is null ? staff : staff.Where(u => u.ScopeRegionCode!.StartsWith(prefix));
    }

    public Task<AppUser?> FindVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        Visible().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<Result> SetDisabledAsync(AppUser user, bool disabled)
    {
        if (user.Id == current.Id) return errors.CannotChangeSelf;
        user.IsDisabled = disabled;
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        // A new security stamp ends the sessions the account already has.
        await users.UpdateSecurityStampAsync(user);
        return Result.Ok();
    }

    public async Task<Result> ResetTwoFactorAsync(AppUser user)
    {
        if (user.Id == current.Id) return errors.CannotChangeSelf;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        inbox.Send(user.Id, text["Inbox_TwoFactorReset_Title"], text["Inbox_TwoFactorReset_Body"], "/Accounts/TwoFactor");
        await users.UpdateSecurityStampAsync(user);
        return Result.Ok();
    }

    public async Task<Result> UnlockAsync(AppUser user)
    {
        if (user.IsDisabled) return Result.Ok();
        inbox.Send(user.Id, text["Inbox_Unlocked_Title"], text["Inbox_Unlocked_Body"]);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return Result.Ok();
    }
}
