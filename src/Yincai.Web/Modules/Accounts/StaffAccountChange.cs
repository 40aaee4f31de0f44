namespace Yincai.Modules.Accounts;

/// <summary>New roles and scope for a staff account.</summary>
public sealed record StaffAccountChange(IReadOnlyList<string> Roles, string ScopeRegionCode);
