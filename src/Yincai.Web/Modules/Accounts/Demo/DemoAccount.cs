namespace Yincai.Modules.Accounts.Demo;

/// <param name="UserName">What the account signs in with: the user name of staff, the mobile number of the employer user
/// and the talent (whose stored user name is made from the id, as for everyone who registers).</param>
public sealed record DemoAccount(string UserName, string DisplayName, AccountKind Kind, string? ScopeRegionCode, string Role);
