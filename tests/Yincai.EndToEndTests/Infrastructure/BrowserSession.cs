using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// One test's browser context and page. Records a full-page screenshot of each screen the test reaches in
/// <c>$YINCAI_TEST_ARTIFACTS</c> (default: <c>screenshots</c> beside the test assembly), and notes console errors,
/// uncaught script errors and failed requests, which <see cref="AssertNoBrowserErrors"/> then reports.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    // The sessions each running test opened, for NoBrowserErrorsAttribute to check when the test ends.
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<BrowserSession>> SessionsOfTest = new();

    private readonly IBrowserContext context;
    private readonly string testName;
    private readonly List<string> browserErrors = [];
    private int screenshotCount;

    private BrowserSession(IBrowserContext context, IPage page, string baseUrl, string testName)
    {
        this.context = context;
        Page = page;
        BaseUrl = baseUrl;
        this.testName = testName;
        // Chromium asks every site for /favicon.ico; the app has none, and that 404 is no fault of a page.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                Record($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record($"script: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && new Uri(response.Url).AbsolutePath != "/favicon.ico")
                Record($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        };
        // A request the browser cancelled itself (a navigation overtaken by the next one, as when a test clicks on
        // before a slow page has finished) is no fault of the app; every other failed request is.
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "net::ERR_ABORTED") Record($"request failed: {request.Method} {request.Url} ({request.Failure})");
        };
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("YINCAI_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    internal static async Task<BrowserSession> OpenAsync(IBrowser browser, string baseUrl, string testName, ViewportSize viewport, bool phone)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = viewport,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        // A click that submits a form waits for the navigation it starts, and a page's first request in an app warms (JIT) all
        // the code behind it: with every class's app and Chromium on two cores (load ≈ 19), a demo talent's first sign-in
        // click, the home page behind it, passed 30 s in one run of four even with every app ready. So clicks and fills get
        // 60 s and navigations 75 s: a broken page still fails, a minute later.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(75_000);
        var page = await context.NewPageAsync();

        // A failed run must not leave screenshots of an earlier, longer run looking like its own.
        if (Directory.Exists(ScreenshotFolder))
            foreach (var old in Directory.EnumerateFiles(ScreenshotFolder, testName + "-*.png"))
                File.Delete(old);
        var session = new BrowserSession(context, page, baseUrl, testName);
        if (TestContext.Current.Test?.UniqueID is { } test) SessionsOfTest.GetOrAdd(test, _ => new()).Enqueue(session);
        return session;
    }

    /// <summary>Fails when any session the test opened saw a browser error; forgets the test's sessions.</summary>
    internal static void AssertNoBrowserErrorsOf(string test)
    {
        if (!SessionsOfTest.TryRemove(test, out var sessions)) return;
        var errors = sessions.Select(s => s.DescribeErrorsOrNull()).OfType<string>().ToList();
        Assert.True(errors.Count == 0, string.Join("\n\n", errors));
    }

    private string? DescribeErrorsOrNull()
    {
        lock (browserErrors)
            return browserErrors.Count == 0 ? null : $"The browser of {testName} reported errors:\n" + string.Join('\n', browserErrors);
    }

    /// <summary>Saves a full-page screenshot as <c>{test}-{NN}-{name}.png</c>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{testName}-{++screenshotCount:00}-{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>Fails when the browser saw a console error, an uncaught script error or a failed request.</summary>
    public void AssertNoBrowserErrors()
    {
        lock (browserErrors)
            Assert.True(browserErrors.Count == 0, DescribeBrowserErrors());
    }

    public string DescribeBrowserErrors()
    {
        lock (browserErrors)
            return browserErrors.Count == 0
                ? "The browser reported no errors."
                : "The browser reported errors:\n" + string.Join('\n', browserErrors);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private void Record(string error)
    {
        lock (browserErrors) browserErrors.Add(error);
    }
}
