using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>服务机构: the service offices in the officer's scope (Modules/Regions/Offices/Index.cshtml).</summary>
public sealed class OfficesPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Regions/Offices";

    protected override string ScreenshotName => "offices";

    public ILocator Office(string name) => Main.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The names in the list, each a link to its edit page.</summary>
    public Task<IReadOnlyList<string>> OfficeNamesAsync() => Main.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).AllInnerTextsAsync();
}
