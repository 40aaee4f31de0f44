using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Yincai.Modules.Accounts;

/// <summary>A person who signs in. Staff carry the region code of their scope.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public AccountKind Kind { get; set; }

    /// <summary>GB/T 2260 code of the region a staff member works for; null for talents and employers.</summary>
    public string? ScopeRegionCode { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime PasswordChangedAtUtc { get; set; }
    public bool IsDisabled { get; set; }
}
