using Yincai.Modules.Accounts.Contracts;
namespace Yincai.Modules.Accounts;

public sealed record NewStaffAccount(
    string UserName,
    string DisplayName,
    string? Email,
    string ScopeRegionCode,
    IReadOnlyList<string> Roles,
    string Password,
    bool MustChangePassword = true);
