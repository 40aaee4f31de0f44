using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Pages;

/// <summary>个人信息: the talent's own record (Modules/Talents/Profile/Index.cshtml).</summary>
public sealed class TalentProfilePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Talents/Profile";

    protected override string ScreenshotName => "talent-profile";

    public ILocator FullName => Page.GetByLabel("姓名", new() { Exact = true });

    public ILocator IdNumber => Page.GetByLabel("身份证号码", new() { Exact = true });

    /// <summary>户籍所在省份: choosing one reloads the page (site.js submits the form) with its cities and counties.</summary>
    public ILocator Province => Page.GetByLabel("户籍所在省份", new() { Exact = true });

    /// <summary>户籍所在地: counties are indented with an ideographic space, so pick them by code.</summary>
    public ILocator HouseholdRegion => Page.GetByLabel("户籍所在地", new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true });

    /// <summary>身份证号码：3702**********1234, shown once a number is on file.</summary>
    public ILocator MaskedIdNumber => Main.GetByTestId("id-masked");

    public ILocator StatusMessage => Main.GetByRole(AriaRole.Status);

    /// <summary>Chooses the province and waits for the reloaded page to offer <paramref name="regionCode"/>.</summary>
    public async Task ChooseProvinceAsync(string provinceName, string regionCode)
    {
        await Province.SelectOptionAsync(new SelectOptionValue { Label = provinceName });
        await Expect(HouseholdRegion.Locator($"option[value='{regionCode}']")).ToBeAttachedAsync();
        await Expect(Province).ToHaveValueAsync(regionCode[..2] + "0000");
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }
}
