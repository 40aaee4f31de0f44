using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Accounts;

/// <summary>What someone registering gives: the number, the SMS code that proves they hold it, and their acceptance of
/// the user agreement and privacy policy in force.</summary>
public sealed record NewAccount(AccountKind Kind, string? Mobile, string? Code, string DisplayName, string Password, bool AcceptsTerms);

/// <summary>Self-registration of talents and employer users, signed in by mobile number: the number is kept encrypted with
/// a blind index (one account per number), the user name is made from the id. The account exists only once the number
/// is proved by an SMS code and the terms are accepted (their version and time are kept on the account).</summary>
public sealed class AccountRegistration(UserManager<AppUser> users, Notifier notifier, YincaiDb db, IStringLocalizer<AccountsResource> text,
    TimeProvider clock, FieldProtection protection, MobileCodes codes, AccountTerms terms)
{
    public const string CodePurpose = "register";

    /// <summary>Creates the account; or, when the number already has one, leaves that account as it is, tells its owner in
    /// the inbox and answers with no value. The caller answers both alike, so registration does not tell a stranger
    /// which numbers have accounts; a password refused is refused in both cases, before the number is looked up.</summary>
    public Task<Result<AppUser?>> RegisterAsync(NewAccount account, CancellationToken cancellationToken) =>
        RegisterAsync(account, () => codes.VerifyAsync(account.Mobile, CodePurpose, account.Code, cancellationToken), cancellationToken);

    /// <summary>As <see cref="RegisterAsync(NewAccount, CancellationToken)"/> for a number proved another way (the demo
    /// data, a number an officer checked in person); the code is not asked for.</summary>
    public Task<Result<AppUser?>> RegisterProvedAsync(NewAccount account, CancellationToken cancellationToken) =>
        RegisterAsync(account, null, cancellationToken);

    private async Task<Result<AppUser?>> RegisterAsync(NewAccount account, Func<Task<Result>>? proveNumber, CancellationToken cancellationToken)
    {
        var (kind, password) = (account.Kind, account.Password);
        if (kind == AccountKind.Staff) throw new ArgumentOutOfRangeException(nameof(account), "Staff accounts are created by the system admin.");
        var number = MobileNumber.Validate(account.Mobile, text["Field_Mobile"]);
        if (number.IsError) return number.Error! with { Field = "Mobile" };
        var index = protection.BlindIndex(number.Value!);

        var now = clock.GetUtcNow().UtcDateTime;
        var id = Ids.New();
        var user = new AppUser
        {
            Id = id,
            UserName = AppUser.NameFor(kind, id),
            MobileCipher = protection.Encrypt(number.Value!),
            MobileIndex = index,
            DisplayName = account.DisplayName.Trim(),
            Kind = kind,
            CreatedAtUtc = now,
            PasswordChangedAtUtc = now,
            LockoutEnabled = true,
        };
        var refused = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, password);
            refused.AddRange(checkedPassword.Errors);
        }
        if (refused.Count > 0) return AccountErrors.FromIdentity(refused, "Password");
        if (!account.AcceptsTerms) return new Error("accounts.terms_not_accepted", text["Error_TermsNotAccepted"].Value, "AcceptsTerms");
        if (proveNumber is not null)
        {
            if (string.IsNullOrWhiteSpace(account.Code)) return new Error("accounts.code_required", text["Error_CodeRequired"].Value, "Code");
            if (await proveNumber() is { IsError: true } unproved) return unproved.Error! with { Field = "Code" };
        }
        terms.Accept(user);

        if (await users.Users.FirstOrDefaultAsync(u => u.MobileIndex == index, cancellationToken) is { } owner)
        {
            // As long as creating the account would take (the hash is the slow part), and a message instead of a welcome.
            users.PasswordHasher.HashPassword(user, password);
            await notifier.NotifyAsync(owner.Id, NotificationKinds.RegisterAttempt, [], null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Result<AppUser?>.Ok(null);
        }

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AccountErrors.FromIdentity(created.Errors, "Password");
        // The welcome message is saved with the role assignment (UserManager saves the shared context).
        var (welcome, role) = kind switch
        {
            AccountKind.Talent => (NotificationKinds.WelcomeTalent, Roles.Talent),
            AccountKind.University => (NotificationKinds.WelcomeUniversity, Roles.University),
            _ => (NotificationKinds.WelcomeEmployer, Roles.EmployerUser),
        };
        await notifier.NotifyAsync(user.Id, welcome, [], null, cancellationToken);
        await users.AddToRoleAsync(user, role);
        cancellationToken.ThrowIfCancellationRequested();
        return user;
    }
}
