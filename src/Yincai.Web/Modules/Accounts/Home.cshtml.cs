using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Where everyone lands after signing in: who they are, their scope, and the modules open to them.</summary>
public sealed class HomeModel(UserManager<AppUser> users, RegionDirectory regions, Inbox inbox, IAuthorizationService authorization,
    IEnumerable<NavigationItem> navigation, IStringLocalizerFactory localizers, IStringLocalizer<AccountsResource> text) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string? ScopeName { get; private set; }
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public IReadOnlyList<(string Text, string Url)> Tiles { get; private set; } = [];
    public int Unread { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        DisplayName = user.DisplayName;
        if (user.ScopeRegionCode is { } scope)
            ScopeName = (await regions.NamesAsync([scope], HttpContext.RequestAborted)).GetValueOrDefault(scope);
        RoleNames = (await users.GetRolesAsync(user)).Select(r => text["Role_" + r].Value).ToList();
        var tiles = new List<(string, string)>();
        foreach (var item in navigation.Where(n => n.Url != "/Workspace/Home").OrderBy(n => n.Order))
            if ((await authorization.AuthorizeAsync(User, item.Policy)).Succeeded)
                tiles.Add((localizers.Create(item.Resource)[item.TextKey], item.Url));
        Tiles = tiles;
        Unread = await inbox.UnreadCountAsync(user.Id, HttpContext.RequestAborted);
        return Page();
    }
}
