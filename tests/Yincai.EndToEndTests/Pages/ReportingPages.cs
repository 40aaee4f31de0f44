using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>数据报表: every target against its actual in the officer's scope, with the region furthest behind on each
/// (Modules/Reporting/Index.cshtml).</summary>
public sealed class ReportingOverviewPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Reporting";

    protected override string ScreenshotName => "reporting";

    /// <summary>The card of a target, by its rule (GRD-15).</summary>
    public ILocator Card(string rule) => Main.Locator($"[data-testid=overview-card][data-rule='{rule}']");

    /// <summary>The link to the list behind the region furthest behind on a target.</summary>
    public ILocator FurthestBehind(string rule) => Card(rule).GetByTestId("furthest-behind").GetByRole(AriaRole.Link);

    public ILocator ProgramLink(string name) => Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}

/// <summary>One program's report: targets, charts, tables linked to their lists (Modules/Reporting/Program.cshtml).</summary>
public sealed class ReportingProgramPage(BrowserSession session, string program) : BasePage(session)
{
    public override string PagePath => "/Reporting/" + program;

    protected override string ScreenshotName => "reporting-" + program;

    public ILocator Indicator(string rule) => Main.Locator($"[data-testid=indicator][data-rule='{rule}']");

    /// <summary>The charts ECharts drew (an SVG each).</summary>
    public ILocator Charts => Main.Locator(".report-chart svg");
}
