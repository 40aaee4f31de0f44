using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>为我推荐: a talent's matched jobs and project demands, each with its score and reasons (Modules/Matching/Index.cshtml).</summary>
public sealed class MatchingPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Matching";

    protected override string ScreenshotName => "matching";

    /// <summary>The matched jobs, best first.</summary>
    public ILocator Jobs => Main.GetByTestId("job-matches").GetByTestId("job-match");

    /// <summary>The job titles in the order shown.</summary>
    public ILocator JobTitles => Jobs.GetByRole(AriaRole.Link);

    public ILocator Job(string title) => MatchCard.Job(Jobs, title);
}

/// <summary>What the match cards of <c>_JobMatches.cshtml</c>, <c>Job.cshtml</c> and <c>_Reasons.cshtml</c> show.</summary>
public static class MatchCard
{
    /// <summary>The card whose link is exactly <paramref name="title"/>.</summary>
    public static ILocator Job(ILocator cards, string title) =>
        cards.Filter(new() { Has = cards.Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    public static ILocator Score(ILocator card) => card.GetByTestId("score");

    /// <summary>The 匹配理由 toggle, which opens the reasons (open already on the first card).</summary>
    public static ILocator Why(ILocator card) => card.Locator("summary").Filter(new() { HasText = "匹配理由" });

    /// <summary>The reason on one aspect (Region, Industry, Degree, Major, Skills …).</summary>
    public static ILocator Reason(ILocator card, string aspect) => card.GetByTestId("reasons").Locator($"li[data-aspect='{aspect}']");
}
