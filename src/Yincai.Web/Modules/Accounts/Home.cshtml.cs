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
public sealed class HomeModel(UserManager<AppUser> users, RegionDirectory regions, Inbox inbox, NavigationMenu menu,
    IStringLocalizer<AccountsResource> text) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string? ScopeName { get; private set; }
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public IReadOnlyList<NavigationLink> Tiles { get; private set; } = [];
    public int Unread { get; private set; }
    public IReadOnlyList<HomePanel> Panels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        DisplayName = user.DisplayName;
        if (user.ScopeRegionCode is { } scope)
            ScopeName = (await regions.NamesAsync([scope], HttpContext.RequestAborted)).GetValueOrDefault(scope);
        RoleNames = (await users.GetRolesAsync(user)).Select(r => text["Role_" + r].Value).ToList();
        Tiles = (await menu.EntriesAsync(User, HttpContext.RequestAborted)).SelectMany(e => e.Links).Where(l => l.Item.Url != "/Workspace/Home").ToList();
        Unread = await inbox.UnreadCountAsync(user.Id, HttpContext.RequestAborted);
        Panels = await menu.PanelsAsync(User);
        return Page();
    }
}
