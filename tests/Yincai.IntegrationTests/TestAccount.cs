namespace Yincai.IntegrationTests;

/// <summary>An account a test created for itself, with the password it was given (and, for talents and employer users, the
/// mobile number they registered with, which signs in as well as the user name).</summary>
public sealed record TestAccount(Guid Id, string UserName, string Password, string? Mobile = null);
