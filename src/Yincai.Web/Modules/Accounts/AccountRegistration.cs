using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Accounts;

/// <summary>Self-registration of talents and employer users, signed in by mobile number: the number is kept encrypted with
/// a blind index (one account per number), the user name is made from the id.</summary>
public sealed class AccountRegistration(UserManager<AppUser> users, Inbox inbox, IStringLocalizer<AccountsResource> text, TimeProvider clock,
    FieldProtection protection)
{
    public async Task<Result<AppUser>> RegisterAsync(string? mobile, string displayName, string password, AccountKind kind,
        CancellationToken cancellationToken)
    {
        if (kind == AccountKind.Staff) throw new ArgumentOutOfRangeException(nameof(kind), "Staff accounts are created by the system admin.");
        var number = MobileNumber.Validate(mobile, text["Field_Mobile"]);
        if (number.IsError) return number.Error! with { Field = "Mobile" };
        var index = protection.BlindIndex(number.Value!);
        if (await users.Users.AnyAsync(u => u.MobileIndex == index, cancellationToken))
            return new Error("accounts.mobile_taken", text["Error_MobileTaken"], "Mobile");

        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7();
        var user = new AppUser
        {
            Id = id,
            UserName = AppUser.NameFor(kind, id),
            MobileCipher = protection.Encrypt(number.Value!),
            MobileIndex = index,
            DisplayName = displayName.Trim(),
            Kind = kind,
            CreatedAtUtc = now,
            PasswordChangedAtUtc = now,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AccountErrors.FromIdentity(created.Errors, "Password");
        // The welcome message is saved with the role assignment (UserManager saves the shared context).
        inbox.Send(user.Id, text["Inbox_Welcome_Title"], text[kind == AccountKind.Talent ? "Inbox_WelcomeTalent_Body" : "Inbox_WelcomeEmployer_Body"]);
        await users.AddToRoleAsync(user, kind == AccountKind.Talent ? Roles.Talent : Roles.EmployerUser);
        cancellationToken.ThrowIfCancellationRequested();
        return user;
    }
}
