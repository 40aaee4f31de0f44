using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Yincai.Modules.Accounts;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
