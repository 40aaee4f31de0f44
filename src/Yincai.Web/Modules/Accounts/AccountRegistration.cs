using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Accounts;

/// <summary>Self-registration of talents and employer users, signed in by mobile number.</summary>
public sealed class AccountRegistration(UserManager<AppUser> users, Inbox inbox, IStringLocalizer<AccountsResource> text, TimeProvider clock)
{
    public async Task<Result<AppUser>> RegisterAsync(string? mobile, string displayName, string password, AccountKind kind,
        CancellationToken cancellationToken)
    {
        if (kind == AccountKind.Staff) throw new ArgumentOutOfRangeException(nameof(kind), "Staff accounts are created by the system admin.");
        var number = MobileNumber.Validate(mobile, text["Field_Mobile"]);
        if (number.IsError) return number.Error! with { Field = "Mobile" };
        if (await users.FindByNameAsync(number.Value!) is not null)
            return new Error("accounts.mobile_taken", text["Error_MobileTaken"], "Mobile");

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = number.Value,
            PhoneNumber = number.Value,
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
