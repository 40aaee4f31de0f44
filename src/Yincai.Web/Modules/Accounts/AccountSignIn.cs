using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yincai.Modules.Audit;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Accounts;

/// <summary>Password and two-factor sign-in for pages and the API: counts failures towards lockout and
/// writes every attempt, good or bad, to the audit trail.</summary>
public sealed class AccountSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, YincaiDb db, CurrentUser current,
    IOptions<AccountsOptions> options, TimeProvider clock, FieldProtection protection)
{
    // Checked against when the user name is unknown, so that the answer takes as long as for a wrong password
    // and response times do not reveal which user names exist.
    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "Yincai-dummy-password-1");

    public async Task<SignInOutcome> PasswordAsync(string userName, string password, bool persistent, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userName, cancellationToken);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, password);
            // What was typed is not recorded: it may be someone's mobile number (or a password typed in the wrong box).
            await AuditAsync(null, null, AuditOutcome.Failure, "unknown_user", cancellationToken);
            return SignInOutcome.Failed;
        }
        if (user.IsDisabled)
        {
            // Only the account's own password learns that it is disabled; any other answers as a wrong password.
            var known = user.PasswordHash is { } hash && users.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
            await AuditAsync(user.Id, user.UserName, AuditOutcome.Failure, known ? "disabled" : "disabled:wrong_password", cancellationToken);
            return known ? SignInOutcome.Disabled : SignInOutcome.Failed;
        }
        // Identity answers a locked account without checking the password: check one anyway, so that the time taken
        // does not tell a locked account from a wrong password.
        if (await users.IsLockedOutAsync(user)) users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, password);

        // lockoutOnFailure: true makes failures count (the scaffolded page passes false).
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        return await RecordAsync(user, result, cancellationToken);
    }

    public async Task<SignInOutcome> TwoFactorAsync(string code, bool rememberClient, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInOutcome.Failed;
        var trimmed = code.Trim();
        // Six digits come from the authenticator app; anything longer is one of the printed recovery codes.
        if (trimmed.Replace(" ", "", StringComparison.Ordinal).Length > 7)
        {
            var recovered = await signIn.TwoFactorRecoveryCodeSignInAsync(trimmed.Replace(" ", "", StringComparison.Ordinal));
            return await RecordAsync(user, recovered, cancellationToken, "recovery_code");
        }
        var normalised = trimmed.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(normalised, isPersistent: false, rememberClient);
        return await RecordAsync(user, result, cancellationToken, "totp");
    }

    /// <summary>Checks credentials (and the authenticator or a recovery code when 2FA is on) without a cookie: for API tokens.</summary>
    public async Task<(SignInOutcome Outcome, AppUser? User)> CheckForTokenAsync(
        string userName, string password, string? code, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userName, cancellationToken);
        if (user is null) users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, password);
        if (user is null || user.IsDisabled)
        {
            await AuditAsync(user?.Id, user?.UserName, AuditOutcome.Failure, user is null ? "unknown_user" : "disabled", cancellationToken);
            return (user is null ? SignInOutcome.Failed : SignInOutcome.Disabled, null);
        }
        if (await users.IsLockedOutAsync(user)) users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, password); // as PasswordAsync
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded && user.TwoFactorEnabled)
        {
            var given = code?.Replace(" ", "", StringComparison.Ordinal) ?? "";
            // A recovery code (longer than the app's six digits) serves an integration whose phone is lost; it works once.
            var valid = given.Length > 7
                ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, given)).Succeeded
                : given.Length > 0 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given);
            if (!valid)
            {
                await users.AccessFailedAsync(user);
                result = SignInResult.TwoFactorRequired;
            }
        }
        if (result.Succeeded && await OwesAccountStepAsync(user))
        {
            // The API has no page for the step: change the password or enrol 2FA in the browser first.
            await AuditAsync(user.Id, user.UserName, AuditOutcome.Failure, "token:account_step_required", cancellationToken);
            return (SignInOutcome.Failed, null);
        }
        var outcome = await RecordAsync(user, result, cancellationToken, "token");
        return (outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    /// <summary>The account a sign-in names: by mobile number (any usual way of writing it) through its blind index,
    /// otherwise by user name (staff, and accounts from before mobile numbers were kept apart).</summary>
    private async Task<AppUser?> FindAsync(string typed, CancellationToken cancellationToken)
    {
        var name = typed.Trim();
        if (MobileNumber.Validate(name, "") is { IsError: false } mobile)
        {
            var index = protection.BlindIndex(mobile.Value!);
            if (await users.Users.FirstOrDefaultAsync(u => u.MobileIndex == index, cancellationToken) is { } owner) return owner;
        }
        return await users.FindByNameAsync(name);
    }

    private async Task<bool> OwesAccountStepAsync(AppUser user) =>
        RequiredAccountStepsMiddleware.OwedStep(await signIn.CreateUserPrincipalAsync(user), options.Value, clock) is not null;

    private async Task<SignInOutcome> RecordAsync(AppUser user, SignInResult result, CancellationToken cancellationToken, string? method = null)
    {
        var outcome = result.Succeeded ? SignInOutcome.Succeeded
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : result.RequiresTwoFactor && method is null ? SignInOutcome.RequiresTwoFactor
            : SignInOutcome.Failed;
        var detail = (method is null ? "" : method + ":") + outcome.ToString().ToLowerInvariant();
        await AuditAsync(user.Id, user.UserName,
            outcome is SignInOutcome.Succeeded or SignInOutcome.RequiresTwoFactor ? AuditOutcome.Success : AuditOutcome.Failure,
            detail, cancellationToken);
        return outcome;
    }

    private async Task AuditAsync(Guid? userId, string? userName, AuditOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        db.Audit(new AuditRecord(AuditActions.SignIn, outcome, userId, userName, nameof(AppUser), userId?.ToString(),
            After: AuditJson.Serialize(new { result = detail }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
    }
}
