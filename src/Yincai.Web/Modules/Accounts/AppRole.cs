using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) => Id = Ids.New();
}
