namespace Yincai.Modules.Accounts.Demo;

public sealed record DemoAccount(string UserName, string DisplayName, AccountKind Kind, string? ScopeRegionCode, string Role);
