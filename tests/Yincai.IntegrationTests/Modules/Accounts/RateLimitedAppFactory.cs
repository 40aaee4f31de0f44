namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>The app with a sign-in limit of three posts a minute per client address.</summary>
public sealed class RateLimitedAppFactory() : YincaiAppFactory(authRequestsPerMinute: Limit)
{
    public const int Limit = 3;
}
