namespace Yincai.Platform;

/// <summary>
/// A module's middleware that runs once the user is known and before authorization decides (Accounts holds a
/// staff member to a step they owe). Registered as a singleton; <see cref="PlatformModule.UsePlatform"/> adds each
/// in registration order, so Platform names no module's middleware.
/// </summary>
public sealed record AfterSignInMiddleware(Type MiddlewareType);
