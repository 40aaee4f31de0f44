using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Pages;

/// <summary>The banner of every screen (Modules/Shared/_Layout.cshtml).</summary>
public sealed class SiteHeader(IPage page)
{
    private ILocator Banner => page.GetByRole(AriaRole.Banner);

    /// <summary>A link of the main navigation, such as 工作台 or 服务机构, with or without the count on its badge; also when
    /// it is hidden in a closed menu (<see cref="RevealAsync"/> shows it).</summary>
    public ILocator NavLink(string text) => Banner.GetByRole(AriaRole.Link, new() { IncludeHidden = true, NameRegex = LinkName(text) });

    private static System.Text.RegularExpressions.Regex LinkName(string text) =>
        new("^" + System.Text.RegularExpressions.Regex.Escape(text) + @"\s*([0-9]+\+?)?$");

    /// <summary>The top-level places of the navigation: links and the programmes' menus.</summary>
    public ILocator TopLevelItems => Banner.Locator("#mainNav > ul > li.nav-item");

    /// <summary>Shows the link named <paramref name="text"/>: opens the programme's menu that holds it, if it is in one.</summary>
    public async Task<ILocator> RevealAsync(string text)
    {
        var link = NavLink(text);
        if (!await link.IsVisibleAsync())
        {
            // The filter's locator is looked for inside each menu, so it starts from the page, not from the banner.
            var menu = Banner.Locator("li.dropdown").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { IncludeHidden = true, NameRegex = LinkName(text) }) });
            if (await menu.CountAsync() == 1) await OpenDropdownAsync(menu.Locator("[data-bs-toggle=dropdown]"));
        }
        return link;
    }

    /// <summary>The hamburger button that shows the navigation on narrow screens.</summary>
    public ILocator MenuToggle => Banner.GetByRole(AriaRole.Button, new() { Name = "展开菜单", Exact = true });

    public ILocator EnglishButton => Banner.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true });

    public ILocator ChineseButton => Banner.GetByRole(AriaRole.Button, new() { Name = "中文", Exact = true });

    /// <summary>The sign-out button, in the menu under the person's name (<see cref="RevealSignOutAsync"/> shows it).</summary>
    public ILocator SignOutButton(string text = "退出") => Banner.GetByRole(AriaRole.Button, new() { Name = text, IncludeHidden = true });

    public ILocator InboxLink(string text = "消息") => Banner.GetByRole(AriaRole.Link, new() { Name = text, Exact = true });

    public ILocator UnreadCount => Banner.GetByTestId("unread-count");

    public async Task OpenAsync(string navText) => await (await RevealAsync(navText)).ClickAsync();

    public async Task SwitchToEnglishAsync()
    {
        await EnglishButton.ClickAsync();
        await Expect(ChineseButton).ToBeAttachedAsync();
    }

    public async Task SwitchToChineseAsync()
    {
        await ChineseButton.ClickAsync();
        await Expect(EnglishButton).ToBeAttachedAsync();
    }

    public async Task SignOutAsync() => await (await RevealSignOutAsync()).ClickAsync();

    /// <summary>Shows the sign-out button, which sits in the menu under the person's name.</summary>
    public async Task<ILocator> RevealSignOutAsync(string text = "退出")
    {
        var button = SignOutButton(text);
        if (!await button.IsVisibleAsync())
            await OpenDropdownAsync(Banner.Locator("li.dropdown").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = text, IncludeHidden = true }) })
                .Locator("[data-bs-toggle=dropdown]"));
        return button;
    }

    /// <summary>Opens a programme's menu and waits until Bootstrap says it is open; a click that landed while the
    /// folded navigation still moved is given again.</summary>
    private static async Task OpenDropdownAsync(ILocator toggle)
    {
        for (var attempt = 0; ; attempt++)
        {
            await toggle.ClickAsync();
            try
            {
                await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
            }
        }
    }

    /// <summary>On a phone: opens the folded navigation, then follows one of its links.</summary>
    public async Task OpenFromMenuAsync(string navText)
    {
        await ExpandMenuAsync();
        await OpenAsync(navText);
    }

    /// <summary>On a phone: opens the folded navigation, then signs out.</summary>
    public async Task SignOutFromMenuAsync()
    {
        await ExpandMenuAsync();
        await SignOutAsync();
    }

    /// <summary>The number on the inbox badge.</summary>
    public async Task<int> UnreadCountAsync() => int.Parse((await UnreadCount.TextContentAsync() ?? "").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// On a phone: opens the folded navigation and waits for Bootstrap's collapse animation to end (the panel goes from
    /// <c>collapsing</c> to <c>collapse show</c>), so that a click does not land on a panel still sliding open.
    /// </summary>
    public async Task ExpandMenuAsync()
    {
        await MenuToggle.ClickAsync();
        await Expect(MenuToggle).ToHaveAttributeAsync("aria-expanded", "true");
        var panel = Banner.Locator("#" + await MenuToggle.GetAttributeAsync("aria-controls"));
        await Expect(panel).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"^(?!.*\bcollapsing\b).*(^|\s)show(\s|$)"));
    }
}
