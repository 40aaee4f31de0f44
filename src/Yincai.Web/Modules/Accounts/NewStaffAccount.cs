namespace Yincai.Modules.Accounts;

/// <summary>A staff account to create. It has no password: its owner sets one with an activation link.</summary>
public sealed record NewStaffAccount(
    string UserName,
    string DisplayName,
    string? Email,
    string ScopeRegionCode,
    IReadOnlyList<string> Roles);
