using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Pages;

/// <summary>服务时限与就业率: contact on time, services short of the standard and a cohort's employment rate by region
/// (Modules/Graduates/Compliance.cshtml).</summary>
public sealed class GraduateCompliancePage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Compliance";

    protected override string ScreenshotName => "graduate-compliance";

    public ILocator Cohort => Main.GetByLabel("毕业年份（届）", new() { Exact = true });

    public ILocator FilterButton => Main.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true });

    /// <summary>The employment rates by region, the total last.</summary>
    public ILocator EmploymentRates => Main.GetByTestId("employment-rates");

    /// <summary>合计's 就业率, such as 14.3%.</summary>
    public ILocator EmploymentRateTotal => Main.GetByTestId("employment-rate-total");

    /// <summary>Shows the figures of the class of <paramref name="cohort"/>.</summary>
    public async Task ShowCohortAsync(int cohort)
    {
        var value = cohort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Cohort.FillAsync(value);
        await FilterButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]cohort=" + value + @"(&|$)"));
        await Expect(Cohort).ToHaveValueAsync(value);
    }
}
