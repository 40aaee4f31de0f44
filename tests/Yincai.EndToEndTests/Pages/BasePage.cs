using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Pages;

/// <summary>
/// One screen of the app, shaped like jasontaylordev's <c>Web.AcceptanceTests/Pages/BasePage</c>, but locating
/// elements by role and label as a person would see them.
/// </summary>
public abstract class BasePage(BrowserSession session)
{
    protected BrowserSession Session { get; } = session;

    protected IPage Page => Session.Page;

    /// <summary>The path of the screen, such as <c>/Accounts/Login</c>.</summary>
    public abstract string PagePath { get; }

    /// <summary>The file-name part of this screen's screenshots, such as <c>login</c>.</summary>
    protected abstract string ScreenshotName { get; }

    /// <summary>The header shared by every screen: navigation, language switch, inbox, sign-out.</summary>
    public SiteHeader Header => new(Page);

    protected ILocator Main => Page.GetByRole(AriaRole.Main);

    /// <summary>The page's one <c>h1</c>.</summary>
    public ILocator Heading => Main.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public async Task GotoAsync()
    {
        await Page.GotoAsync(PagePath);
        await AssertShownAsync();
    }

    /// <summary>Waits until the browser shows this screen, then takes its screenshot.</summary>
    public async Task AssertShownAsync(string? variant = null)
    {
        var url = new Regex("^" + Regex.Escape(Session.BaseUrl + PagePath) + @"(\?.*)?$", RegexOptions.IgnoreCase);
        try
        {
            await Expect(Page).ToHaveURLAsync(url);
        }
        catch (PlaywrightException e)
        {
            // Say where the browser ended up and what went wrong on the way, before Playwright's own report.
            var heading = await Heading.AllInnerTextsAsync();
            await Session.ScreenshotAsync(ScreenshotName + "-not-shown");
            Assert.Fail($"Expected the {GetType().Name} ({PagePath}), but the browser is at {Page.Url} " +
                $"showing \"{string.Join(" / ", heading)}\".\n{Session.DescribeBrowserErrors()}\n\n{e.Message}");
        }
        await Expect(Heading).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Session.ScreenshotAsync(variant is null ? ScreenshotName : ScreenshotName + "-" + variant);
    }

    /// <summary>Whether the page is wider than the window, i.e. scrolls sideways: (scrollWidth, innerWidth).</summary>
    public async Task<(int ScrollWidth, int InnerWidth)> MeasureWidthAsync()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>The page is as wide as a phone (375 px) and does not scroll sideways.</summary>
    public async Task AssertFitsPhoneAsync()
    {
        var (scrollWidth, innerWidth) = await MeasureWidthAsync();
        Xunit.Assert.Equal(BrowserSession.Phone.Width, innerWidth);
        Xunit.Assert.True(scrollWidth <= innerWidth, $"{PagePath} scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
    }
}
