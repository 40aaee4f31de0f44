using Microsoft.AspNetCore.Identity;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Creates the roles of <see cref="Roles.All"/> that a database lacks, at every start.</summary>
public sealed class AccountRoles(RoleManager<AppRole> roles) : IReferenceData
{
    public int Order => 10;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));
    }
}
