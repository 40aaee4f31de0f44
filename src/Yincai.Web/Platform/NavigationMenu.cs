using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Yincai.Platform;

/// <summary>What modules put in front of a signed-in user: menu entries and home-page panels, each shown to those who
/// satisfy its policy.</summary>
public sealed class NavigationMenu(IEnumerable<NavigationItem> items, IEnumerable<HomePanel> panels, IAuthorizationService authorization,
    IStringLocalizerFactory localizers)
{
    public async Task<IReadOnlyList<(NavigationItem Item, string Text)>> VisibleAsync(ClaimsPrincipal user) =>
        (await AllowedAsync(user, items.OrderBy(n => n.Order), n => n.Policy))
            .Select(n => (n, localizers.Create(n.Resource)[n.TextKey].Value)).ToList();

    public Task<List<HomePanel>> PanelsAsync(ClaimsPrincipal user) =>
        AllowedAsync(user, panels.OrderBy(p => p.Order), p => p.Policy);

    private async Task<List<T>> AllowedAsync<T>(ClaimsPrincipal user, IEnumerable<T> candidates, Func<T, string> policy)
    {
        var allowed = new List<T>();
        if (user.Identity?.IsAuthenticated != true) return allowed;
        foreach (var candidate in candidates)
            if ((await authorization.AuthorizeAsync(user, policy(candidate))).Succeeded) allowed.Add(candidate);
        return allowed;
    }
}
