using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Contracts;

/// <summary>What start-up asks of the sign-in accounts.</summary>
public sealed class AccountDirectory(YincaiDb db)
{
    /// <summary>Whether any account exists; none means an empty database, which gets the demo data.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);
}
