using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yincai.Modules.Accounts;
using Microsoft.Playwright;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// Starts the app (with its own database) and a headless Chromium once per test class; each test then opens
/// its own <see cref="BrowserSession"/>, so cookies and language choices never leak between tests.
/// </summary>
public sealed class YincaiE2EFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    static YincaiE2EFixture()
    {
        // Three apps and three Chromiums share two cores while starting: give web-first assertions some slack.
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    private E2EDatabase? database;
    private YincaiE2EFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where Kestrel listens, such as <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The running app's services, for a test to set up data through the app's own services (create a scope).</summary>
    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async ValueTask InitializeAsync()
    {
        // Chromium starts while the app migrates and seeds its database.
        var launching = LaunchBrowserAsync();
        try
        {
            database = await E2EDatabase.CreateAsync(CancellationToken.None);
            factory = new YincaiE2EFactory(database);
            factory.UseKestrel(0);
            await Task.Run(factory.StartServer);
            BaseUrl = ServerAddress(factory);
            await NoteDemoAuthenticatorsAsync();
            await WaitReadyAsync();
        }
        catch
        {
            // Let Chromium finish starting so that DisposeAsync can close it; the app's failure is the one to report.
            try { await launching; } catch (PlaywrightException) { }
            throw;
        }
        await launching;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }

    /// <summary>A fresh browser context and page for one test, taking screenshots named after <paramref name="testName"/>.</summary>
    public Task<BrowserSession> OpenSessionAsync(string testName, ViewportSize viewport, bool phone = false) =>
        BrowserSession.OpenAsync(Browser, BaseUrl, testName, viewport, phone);

    /// <summary>The keys of the enrolled demo staff, read as the console shows them in Development.</summary>
    private async Task NoteDemoAuthenticatorsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var account in Yincai.Modules.Accounts.Demo.DemoAccounts.All)
            if (await users.FindByNameAsync(account.UserName) is { TwoFactorEnabled: true } user
                && await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
                DemoAccounts.Enrolled(BaseUrl, account.UserName, key);
    }

    /// <summary>
    /// Waits, as a load balancer does, for <c>/health/ready</c> (the matching index built and caught up) and for the start-up
    /// round of the background work: a journey's first sign-in then does not land among the start's work of every class's app
    /// on two cores (a home page waiting up to 10 s for matching, behind a sign-in, passed Playwright's 30 s under that load).
    /// </summary>
    private async Task WaitReadyAsync()
    {
        var rounds = Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Yincai.Platform.PeriodicWork>().Select(w => w.FirstRound);
        await Task.WhenAll(rounds).WaitAsync(TimeSpan.FromMinutes(3));
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var until = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using (var response = await http.GetAsync("/health/ready"))
                if (response.IsSuccessStatusCode) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{BaseUrl}/health/ready did not answer 200 within 3 minutes.");
            await Task.Delay(250);
        }
    }

    private async Task LaunchBrowserAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("YINCAI_E2E_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    private static string ServerAddress(YincaiE2EFactory factory)
    {
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? factory.ClientOptions.BaseAddress.ToString();
        // Kestrel may report a wildcard host; the browser needs one it can connect to.
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "+" or "*") uri.Host = "127.0.0.1";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
