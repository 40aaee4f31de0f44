using Microsoft.EntityFrameworkCore;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Accounts.Contracts;

/// <summary>What start-up and other modules ask of the sign-in accounts.</summary>
public sealed class AccountDirectory(YincaiDb db, FieldProtection protection)
{
    /// <summary>Whether any account exists; none means an empty database, which gets the demo data.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);

    /// <summary>The ids of the enabled accounts that hold <paramref name="role"/> (for alerts to the security admins).</summary>
    public Task<List<Guid>> HoldersOfAsync(string role, CancellationToken cancellationToken) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .Select(u => u.Id).ToListAsync(cancellationToken);

    /// <summary>The enabled staff accounts holding <paramref name="role"/> whose scope is exactly <paramref name="regionCode"/>,
    /// by name: the officers of a county, to whom its work is assigned.</summary>
    public async Task<List<StaffMember>> StaffOfRegionAsync(string role, string regionCode, CancellationToken cancellationToken) =>
        await db.Users.Where(u => !u.IsDisabled && u.Kind == AccountKind.Staff && u.ScopeRegionCode == regionCode
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.DisplayName).Select(u => new StaffMember(u.Id, u.DisplayName, u.ScopeRegionCode!)).ToListAsync(cancellationToken);

    /// <summary>The enabled staff accounts holding <paramref name="role"/> whose scope lies within <paramref name="prefix"/>
    /// (a region scope's code prefix): who may take over work in that region.</summary>
    public async Task<List<StaffMember>> StaffWithinAsync(string role, string prefix, CancellationToken cancellationToken) =>
        await db.Users.Where(u => !u.IsDisabled && u.Kind == AccountKind.Staff && u.ScopeRegionCode != null && u.ScopeRegionCode.StartsWith(prefix)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.ScopeRegionCode).ThenBy(u => u.DisplayName).Select(u => new StaffMember(u.Id, u.DisplayName, u.ScopeRegionCode!))
            .Take(500).ToListAsync(cancellationToken);

    /// <summary>The regions the enabled officers keep (their scopes' codes), each once: whose reports the schedule makes.</summary>
    public async Task<List<string>> OfficerRegionsAsync(CancellationToken cancellationToken) =>
        await db.Users.Where(u => !u.IsDisabled && u.Kind == AccountKind.Staff && u.ScopeRegionCode != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Officer)))
            .Select(u => u.ScopeRegionCode!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    /// <summary>Display names of these accounts (staff names on work records).</summary>
    public async Task<Dictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

    /// <summary>The mobile number a talent or employer user signed up with (11 digits), for their own forms only.</summary>
    public async Task<string?> MobileOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.MobileCipher).FirstOrDefaultAsync(cancellationToken) is { } cipher
            ? protection.Decrypt(cipher)
            : null;

    /// <summary>Where messages reach the user: the account's e-mail address and mobile number (decrypted), when it has them,
    /// and whether it can still sign in. For the Notifications module only.</summary>
    public async Task<AccountContact?> ContactAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => new { u.Email, u.MobileCipher, u.IsDisabled }).FirstOrDefaultAsync(cancellationToken)
            is { } c ? new AccountContact(c.Email, c.MobileCipher is null ? null : protection.Decrypt(c.MobileCipher), !c.IsDisabled) : null;

    /// <summary>
    /// Start-up: accounts of talents and employer users from before mobile numbers were kept apart (named by their mobile,
    /// the number in clear as phone) get the number encrypted with its blind index and a user name made from the id. They
    /// still sign in with the number. Does nothing once every account is done.
    /// </summary>
    public async Task ProtectLegacyMobilesAsync(CancellationToken cancellationToken)
    {
        var legacy = await db.Users.Where(u => u.Kind != AccountKind.Staff && u.MobileIndex == null && !u.IsDisabled)
            .ToListAsync(cancellationToken);
        foreach (var user in legacy)
        {
            var mobile = MobileNumber.Validate(user.PhoneNumber ?? user.UserName, "");
            if (mobile.IsError) continue;
            var name = AppUser.NameFor(user.Kind, user.Id);
            (user.MobileCipher, user.MobileIndex, user.PhoneNumber) = (protection.Encrypt(mobile.Value!), protection.BlindIndex(mobile.Value!), null);
            (user.UserName, user.NormalizedUserName) = (name, name.ToUpperInvariant());
        }
        if (legacy.Count > 0) await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record AccountContact(string? Email, string? Mobile, bool Active);
