namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// Every page works for every role: on a fresh start with the demo data, each demo account (the admins with their
/// authenticator code) and nobody follow every link and GET form from the home page and the workspace. A new page is
/// covered as soon as something links to it.
/// </summary>
public sealed class CrawlTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] StartUrls = ["/", "/Workspace/Home"];

    [Fact]
    public async Task Crawl_EveryDemoAccountAndAnonymous_NoServerErrorAndEveryPageInTheLayout()
    {
        var visitors = Yincai.Modules.Accounts.Demo.DemoAccounts.All.Select(a => a.UserName).Prepend(null).ToList();

        var crawls = await Task.WhenAll(visitors.Select(CrawlAsync));

        var output = TestContext.Current.TestOutputHelper;
        foreach (var (who, visits) in crawls)
        {
            output?.WriteLine($"{who}: {visits.Count} visits, {visits.Count(v => v.Status is >= 400 and < 500)} answered 4xx");
            foreach (var visit in visits.Where(v => v.Status is >= 400 and < 500)) output?.WriteLine($"  {visit.Status} {visit.Url}");
        }
        var failures = crawls.SelectMany(c => c.Visits.Where(v => v.Failure is not null).Select(v => $"{c.Who}: {v.Failure} (link {v.Url})")).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} failing visits:\n" + string.Join('\n', failures));
        // A crawl that saw nothing proves nothing: the signed-in roles reach well beyond the start pages.
        Assert.All(crawls.Where(c => c.Who != "anonymous"), c => Assert.True(c.Visits.Count > 10, $"{c.Who} visited only {c.Visits.Count} pages"));
    }

    private async Task<(string Who, IReadOnlyList<Crawler.Visit> Visits)> CrawlAsync(string? userName)
    {
        using var browser = app.CreateBrowser();
        if (userName is not null)
        {
            var account = Yincai.Modules.Accounts.Demo.DemoAccounts.All.Single(a => a.UserName == userName);
            if (Roles.IsAdmin(account.Role))
                await YincaiAppFactory.SignInWithAuthenticatorAsync(browser, userName, YincaiAppFactory.DemoPassword,
                    await app.EnrolAuthenticatorAsync(userName));
            else
                await YincaiAppFactory.SignInAsync(browser, userName);
        }
        var visits = await new Crawler(browser).CrawlAsync(StartUrls, Ct);
        return (userName ?? "anonymous", visits);
    }
}
