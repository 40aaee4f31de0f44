using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Yincai.Platform;

/// <summary>A panel a module puts on the workspace home page (a view component by name), for those who satisfy
/// <see cref="Policy"/>.</summary>
public sealed record HomePanel(string ViewComponent, string Policy, int Order);

public sealed class HomePanels(IEnumerable<HomePanel> panels, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<HomePanel>> VisibleAsync(ClaimsPrincipal user)
    {
        var visible = new List<HomePanel>();
        if (user.Identity?.IsAuthenticated != true) return visible;
        foreach (var panel in panels.OrderBy(p => p.Order))
            if ((await authorization.AuthorizeAsync(user, panel.Policy)).Succeeded) visible.Add(panel);
        return visible;
    }
}
