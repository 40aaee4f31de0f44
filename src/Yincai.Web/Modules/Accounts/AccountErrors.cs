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
    public Error NotAllowed => new("accounts.not_allowed", text["Error_NotAllowed"]);
    public Error NeedsOtherAdmins => new("accounts.needs_other_admins", text["Error_NeedsOtherAdmins"]);
    public Error ApprovalAlreadyPending => new("accounts.approval_already_pending", text["Error_ApprovalAlreadyPending"]);
    public Error ApprovalNotFound => new("accounts.approval_not_found", text["Error_ApprovalNotFound"]);
    public Error UserNamePending => new("accounts.user_name_pending", text["Error_UserNamePending"], "UserName");
    public Error AlreadyActivated => new("accounts.already_activated", text["Error_AlreadyActivated"]);
    public Error AccountDisabled => new("accounts.disabled", text["Error_AccountDisabled"]);
    public Error ActivationInvalid => new("accounts.activation_invalid", text["Error_ActivationInvalid"], "Token");
    public Error TokenNameRequired => new("accounts.token_name", text["Error_TokenName"], "Name");
    public Error TokenScopeRequired => new("accounts.token_scope", text["Error_TokenScope"], "Scopes");
    public Error TokenDays => new("accounts.token_days", text["Error_TokenDays", OrganisationTokens.MaxDays], "Days");
    public Error TokenTooMany => new("accounts.token_too_many", text["Error_TokenTooMany", OrganisationTokens.MaxActivePerOrganisation]);

    public static Error FromIdentity(IEnumerable<Microsoft.AspNetCore.Identity.IdentityError> errors, string field) =>
        new("accounts.identity", string.Join(" ", errors.Select(e => e.Description)), field);
}
