namespace Yincai.Platform;

/// <summary>
/// How many things wait behind a menu entry for the signed-in user (jobs to review, new applications), supplied by the
/// entry's module and run on every page of the workspace: keep it one indexed, capped count
/// (<see cref="NavigationMenu.CappedCountAsync{T}"/>). <paramref name="services"/> are the request's.
/// </summary>
public delegate Task<int> NavigationCount(IServiceProvider services, CancellationToken cancellationToken);
