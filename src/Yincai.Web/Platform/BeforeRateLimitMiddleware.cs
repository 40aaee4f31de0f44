namespace Yincai.Platform;

/// <summary>
/// A module's middleware that runs before the rate limiter decides, to tell it what to count by (Accounts reads the
/// user name a sign-in post names). Registered as a singleton; <see cref="PlatformModule.UsePlatform"/> adds each in
/// registration order.
/// </summary>
public sealed record BeforeRateLimitMiddleware(Type MiddlewareType);
