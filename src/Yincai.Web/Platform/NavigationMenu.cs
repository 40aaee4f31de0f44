using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;

namespace Yincai.Platform;

/// <summary>What modules put in front of a signed-in user: menu entries, grouped into menus with their counts, and
/// home-page panels, each shown to those who satisfy its policy. Built once per request.</summary>
public sealed class NavigationMenu(IEnumerable<NavigationItem> items, IEnumerable<HomePanel> panels, IAuthorizationService authorization,
    IStringLocalizerFactory localizers, IStringLocalizer<SharedResource> shared, IServiceProvider services)
{
    /// <summary>Counts stop here and show as "99+": a menu needs no exact figure past it.</summary>
    public const int CountCap = 99;

    private IReadOnlyList<NavigationEntry>? _entries;

    /// <summary>Counts at most <see cref="CountCap"/> + 1 rows, unordered: what a <see cref="NavigationCount"/> should run.</summary>
    public static Task<int> CappedCountAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken) =>
        rows.Take(CountCap + 1).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<(NavigationItem Item, string Text)>> VisibleAsync(ClaimsPrincipal user) =>
        (await AllowedAsync(user, items.OrderBy(n => n.Order), n => n.Policy))
            .Select(n => (n, localizers.Create(n.Resource)[n.TextKey].Value)).ToList();

    /// <summary>The menu in order: each group where its first entry would be, a group of one shown as that entry.</summary>
    public async Task<IReadOnlyList<NavigationEntry>> EntriesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_entries is not null) return _entries;
        var links = new List<NavigationLink>();
        foreach (var (item, text) in await VisibleAsync(user))
            links.Add(new NavigationLink(item, text, item.Count is { } count ? await count(services, cancellationToken) : null));
        return _entries = links
            .GroupBy(l => l.Item.Group == NavigationGroup.None ? (object)l.Item : l.Item.Group)
            .Select(g => g.ToList())
            .Select(g => new NavigationEntry(g[0].Item.Group, g.Count > 1 ? shared["NavGroup_" + g[0].Item.Group].Value : g[0].Text, g))
            .ToList();
    }

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
