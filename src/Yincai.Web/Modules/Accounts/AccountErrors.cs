using Yincai.Modules.Accounts.Contracts;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>This module's expected failures, with messages in the user's language.</summary>
public sealed class AccountErrors(IStringLocalizer<AccountsResource> text)
{
    public Error AdminRolesExclusive => new("accounts.admin_roles_exclusive", text["Error_AdminRolesExclusive"], "Roles");
    public Error RoleRequired => new("accounts.role_required", text["Error_RoleRequired"], "Roles");
    public Error UnknownRole => new("accounts.unknown_role", text["Error_UnknownRole"], "Roles");
    public Error ScopeRequired => new("accounts.scope_required", text["Error_ScopeRequired"], "ScopeRegionCode");
    public Error ScopeOutside => new("accounts.scope_outside", text["Error_ScopeOutside"], "ScopeRegionCode");
    public Error UnknownRegion => new("accounts.unknown_region", text["Error_UnknownRegion"], "ScopeRegionCode");
    public Error CannotChangeSelf => new("accounts.cannot_change_self", text["Error_CannotChangeSelf"]);
    public Error NotStaff => new("accounts.not_staff", text["Error_NotStaff"]);

    public static Error FromIdentity(IEnumerable<Microsoft.AspNetCore.Identity.IdentityError> errors, string field) =>
        new("accounts.identity", string.Join(" ", errors.Select(e => e.Description)), field);
}
