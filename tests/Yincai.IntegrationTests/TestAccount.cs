namespace Yincai.IntegrationTests;

/// <summary>An account a test created for itself, with the password it was given.</summary>
public sealed record TestAccount(Guid Id, string UserName, string Password);
