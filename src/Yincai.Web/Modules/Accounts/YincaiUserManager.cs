using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Yincai.Modules.Accounts;

/// <summary>Identity's user manager, but a change of roles also renews the security stamp (Identity's does not), so
/// that sessions signed in with the old roles end at once wherever roles are changed.</summary>
public sealed class YincaiUserManager(IUserStore<AppUser> store, IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher, IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators, ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors,
    IServiceProvider services, ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AddToRoleAsync(AppUser user, string role) =>
        await RenewStampIfAsync(await base.AddToRoleAsync(user, role), user);

    public override async Task<IdentityResult> AddToRolesAsync(AppUser user, IEnumerable<string> roles) =>
        await RenewStampIfAsync(await base.AddToRolesAsync(user, roles), user);

    public override async Task<IdentityResult> RemoveFromRoleAsync(AppUser user, string role) =>
        await RenewStampIfAsync(await base.RemoveFromRoleAsync(user, role), user);

    public override async Task<IdentityResult> RemoveFromRolesAsync(AppUser user, IEnumerable<string> roles) =>
        await RenewStampIfAsync(await base.RemoveFromRolesAsync(user, roles), user);

    private async Task<IdentityResult> RenewStampIfAsync(IdentityResult result, AppUser user) =>
        result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
}
