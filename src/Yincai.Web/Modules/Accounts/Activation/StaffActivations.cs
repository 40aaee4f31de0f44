using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Approvals;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Audit.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Activation;

/// <summary>
/// The first secret of a staff account: the security admin (or the console's <c>admin create</c>) issues a one-time
/// link, hands it to the person, and the person sets their own password with it. The system admin who created the
/// account never sees it. Issuing and every use, good or bad, are audited.
/// </summary>
public sealed class StaffActivations(UserManager<AppUser> users, YincaiDb db, CurrentUser current, AccountErrors errors,
    AdminApprovalRequests approvals, IOptions<AccountsOptions> options, IConfiguration configuration, TimeProvider clock)
{
    public const string PagePath = "/Accounts/Activate";

    /// <summary>
    /// A new link for an account that has no password yet; earlier links of the account stop working. For an admin
    /// account a person's link waits for a second administrator's approval.
    /// </summary>
    public async Task<Result<IssuedActivation>> IssueAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.Kind != AccountKind.Staff) return errors.NotStaff;
        if (approvals.ByPerson && !current.IsInRole(Roles.SecurityAdmin)) return errors.NotAllowed;
        if (user.Id == current.Id) return errors.CannotChangeSelf;
        if (user.PasswordHash is not null) return errors.AlreadyActivated;
        if (user.IsDisabled) return errors.AccountDisabled;

        var adminRole = (await users.GetRolesAsync(user)).FirstOrDefault(Roles.IsAdmin);
        var awaitsApproval = adminRole is not null && approvals.ByPerson;
        var now = clock.GetUtcNow().UtcDateTime;
        return await AccountsTransaction.RunAsync(db, async () =>
        {
            foreach (var open in await db.StaffActivations.Where(a => a.UserId == user.Id && a.UsedAtUtc == null && a.RevokedAtUtc == null)
                         .ToListAsync(cancellationToken))
                open.Revoke(now);
            var (activation, token) = StaffActivation.Issue(user.Id, current.Id, now, TimeSpan.FromHours(options.Value.ActivationLinkHours), awaitsApproval);
            db.StaffActivations.Add(activation);
            Guid? approvalId = null;
            if (awaitsApproval)
            {
                var approval = await approvals.RequestAsync(AdminApprovalKind.IssueActivation, user.Id, user.UserName!, adminRole!,
                    user.ScopeRegionCode ?? "", activation.Id.ToString(), cancellationToken);
                if (approval.IsError) return approval.Error!;
                approvalId = approval.Value!.Id;
            }
            db.Audit(new AuditRecord(AuditActions.ActivationIssued, AuditOutcome.Success, current.Id, current.UserName ?? "console",
                nameof(AppUser), user.Id.ToString(), user.ScopeRegionCode,
                After: AuditJson.Serialize(new { activationId = activation.Id, userName = user.UserName, expiresAtUtc = activation.ExpiresAtUtc, awaitsApproval, approvalId }),
                IpAddress: current.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            return Result<IssuedActivation>.Ok(new IssuedActivation(token, Link(token, null), activation.ExpiresAtUtc, approvalId));
        }, cancellationToken);
    }

    /// <summary>The link to hand over: absolute with <c>App:PublicBaseUrl</c>, else with <paramref name="fallbackBaseUrl"/>,
    /// else a path.</summary>
    public string Link(string token, string? fallbackBaseUrl)
    {
        var baseUrl = configuration["App:PublicBaseUrl"] is { Length: > 0 } configured ? configured : fallbackBaseUrl ?? "";
        return baseUrl.TrimEnd('/') + PagePath + "?token=" + Uri.EscapeDataString(token);
    }

    /// <summary>The account a token activates, or null: unknown, expired, used, replaced and unapproved look alike.</summary>
    public async Task<AppUser?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await FindUsableAsync(token, cancellationToken);
        return found?.User;
    }

    /// <summary>Sets the first password (every password rule applies) and spends the link.</summary>
    public async Task<Result<AppUser>> ActivateAsync(string? token, string password, CancellationToken cancellationToken)
    {
        var found = await FindUsableAsync(token, cancellationToken);
        if (found is not { } usable)
        {
            await AuditUseAsync(null, AuditOutcome.Failure, "invalid_or_expired", cancellationToken);
            return errors.ActivationInvalid;
        }
        var (activation, user) = usable;
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, password);
            if (!checkedPassword.Succeeded) problems.AddRange(checkedPassword.Errors);
        }
        if (problems.Count > 0) return AccountErrors.FromIdentity(problems, "Password");

        var now = clock.GetUtcNow().UtcDateTime;
        return await AccountsTransaction.RunAsync(db, async () =>
        {
            activation.Use(now);
            user.PasswordChangedAtUtc = now;
            db.Audit(new AuditRecord(AuditActions.ActivationUsed, AuditOutcome.Success, user.Id, user.UserName, nameof(AppUser), user.Id.ToString(),
                user.ScopeRegionCode, After: AuditJson.Serialize(new { activationId = activation.Id }), IpAddress: current.IpAddress));
            // Saves the link, the audit row and the password together; the account's concurrency stamp stops a second use racing this one.
            var added = await users.AddPasswordAsync(user, password);
            if (!added.Succeeded) return AccountErrors.FromIdentity(added.Errors, "Password");
            return Result<AppUser>.Ok(user);
        }, cancellationToken);
    }

    /// <summary>An approved link of an admin account starts working; a refused one never will.</summary>
    internal async Task DecidedAsync(AdminApproval approval, bool approved, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(approval.Payload, out var activationId)) return;
        var activation = await db.StaffActivations.FirstOrDefaultAsync(a => a.Id == activationId, cancellationToken);
        if (activation is null || !activation.IsOpen) return;
        if (approved) activation.Approved();
        else activation.Revoke(clock.GetUtcNow().UtcDateTime);
    }

    private async Task<(StaffActivation Activation, AppUser User)?> FindUsableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = StaffActivation.Hash(token.Trim());
        var activation = await db.StaffActivations.FirstOrDefaultAsync(a => a.TokenHash == hash, cancellationToken);
        if (activation is null || !activation.IsUsable(clock.GetUtcNow().UtcDateTime)) return null;
        var user = await users.FindByIdAsync(activation.UserId.ToString());
        if (user is null || user.IsDisabled || user.PasswordHash is not null) return null;
        return (activation, user);
    }

    private async Task AuditUseAsync(Guid? userId, AuditOutcome outcome, string result, CancellationToken cancellationToken)
    {
        db.Audit(new AuditRecord(AuditActions.ActivationUsed, outcome, userId, null, nameof(AppUser), userId?.ToString(),
            After: AuditJson.Serialize(new { result }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
    }
}
