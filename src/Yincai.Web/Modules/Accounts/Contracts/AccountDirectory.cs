using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Contracts;

/// <summary>What start-up and other modules ask of the sign-in accounts.</summary>
public sealed class AccountDirectory(YincaiDb db)
{
    /// <summary>Whether any account exists; none means an empty database, which gets the demo data.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);

    /// <summary>The ids of the enabled accounts that hold <paramref name="role"/> (for alerts to the security admins).</summary>
    public Task<List<Guid>> HoldersOfAsync(string role, CancellationToken cancellationToken) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .Select(u => u.Id).ToListAsync(cancellationToken);
}
