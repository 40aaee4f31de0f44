using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Yincai.Platform;

/// <summary>The menu entries modules contributed that this person may open, in order, with their texts.</summary>
public sealed class NavigationMenu(IEnumerable<NavigationItem> items, IAuthorizationService authorization, IStringLocalizerFactory localizers)
{
    public async Task<IReadOnlyList<(NavigationItem Item, string Text)>> VisibleAsync(ClaimsPrincipal user)
    {
        var visible = new List<(NavigationItem, string)>();
        if (user.Identity?.IsAuthenticated != true) return visible;
        foreach (var item in items.OrderBy(n => n.Order))
            if ((await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
                visible.Add((item, localizers.Create(item.Resource)[item.TextKey]));
        return visible;
    }
}
