using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>岗位“…”的匹配人才: talents for one job, for its employer and for officers of its region (Modules/Matching/Job.cshtml).</summary>
public sealed class JobMatchesPage(BrowserSession session, Guid jobId) : BasePage(session)
{
    public override string PagePath => "/Matching/Job";

    protected override string ScreenshotName => "job-matches";

    public Task OpenAsync() => OpenAsync(jobId);

    public async Task OpenAsync(Guid id)
    {
        await Page.GotoAsync($"{PagePath}?id={id}");
        await AssertShownAsync();
    }

    /// <summary>The matched talents, best first.</summary>
    public ILocator Talents => Main.GetByTestId("talent-matches").GetByTestId("talent-match");

    /// <summary>The card of the talent shown under <paramref name="maskedName"/> (such as 王*雨).</summary>
    public ILocator Talent(string maskedName) => Talents.Filter(new() { HasText = maskedName });

    /// <summary>The officer's 推荐说明（可选） box on a talent's card.</summary>
    public ILocator RecommendNote(string maskedName) => Talent(maskedName).GetByRole(AriaRole.Textbox, new() { Name = "推荐说明（可选）", Exact = true });

    /// <summary>The officer's 推荐给用人单位 button on a talent's card.</summary>
    public ILocator RecommendButton(string maskedName) =>
        Talent(maskedName).GetByRole(AriaRole.Button, new() { Name = "推荐给用人单位", Exact = true });

    /// <summary>The 已推荐 badge on a talent's card.</summary>
    public ILocator RecommendedBadge(string maskedName) => Talent(maskedName).GetByTestId("recommended");
}
