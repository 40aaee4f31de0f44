using Yincai.Modules.Accounts;

namespace Yincai.Platform;

public sealed record DemoAccount(string UserName, string DisplayName, AccountKind Kind, string? ScopeRegionCode, string Role);
