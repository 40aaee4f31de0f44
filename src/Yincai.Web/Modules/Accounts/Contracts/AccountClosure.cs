using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Contracts;

/// <summary>Closes a person's own sign-in account for good, as when their data is erased on request.</summary>
public sealed class AccountClosure(YincaiDb db, DataSubjectKeys keys)
{
    /// <summary>
    /// Disables a talent's or employer user's account and removes what identifies it (mobile number, user name, display
    /// name, password) and destroys the person's audit key, so that what the audit trail holds of the account can no longer
    /// be read; the id stays, so inbox messages and the audit trail still point somewhere.
    /// A new security stamp ends the sessions it has. Runs in the caller's unit of work (saved with its SaveChanges).
    /// </summary>
    public async Task CloseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return;
        if (user.Kind == AccountKind.Staff) throw new InvalidOperationException("Staff accounts are disabled by the system admin.");
        var anonymous = "closed." + user.Id.ToString("N");
        (user.UserName, user.NormalizedUserName, user.PhoneNumber, user.Email, user.NormalizedEmail) =
            (anonymous, anonymous.ToUpperInvariant(), null, null, null);
        (user.DisplayName, user.PasswordHash, user.TwoFactorEnabled, user.IsDisabled) = ("", null, false, true);
        (user.MobileCipher, user.MobileIndex) = (null, null);
        (user.LockoutEnabled, user.LockoutEnd, user.SecurityStamp) = (true, DateTimeOffset.MaxValue, Guid.NewGuid().ToString("N"));
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == userId).ToListAsync(cancellationToken));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == userId).ToListAsync(cancellationToken));
        await keys.ShredAsync(userId, cancellationToken);
    }
}
