using System.Data.Common;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using OtpNet;

namespace Yincai.IntegrationTests;

/// <summary>
/// The whole app, in process, on a database of its own (see <see cref="TestDatabase"/>): migrated, with the
/// reference data and the demo accounts (password <see cref="DemoPassword"/>). Startup loads some 3,500 rows,
/// so a test class shares one factory through <c>IClassFixture&lt;YincaiAppFactory&gt;</c>.
/// </summary>
public partial class YincaiAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo#Pass2026";

    // The factory of each browser, for the static sign-in helpers to reach the app's services.
    private static readonly ConditionalWeakTable<HttpClient, YincaiAppFactory> FactoryOf = new();

    /// <summary>The audit chain's key in tests (32 bytes, unlike the field keys).</summary>
    public const string AuditChainKey = "dGVzdC1hdWRpdC1jaGFpbi1rZXktMDEyMzQ1Njc4OWE=";

    /// <summary>The test key that encrypts the data-protection keys at rest (32 bytes, base64).</summary>
    public const string KeyRingKey = "dGVzdC1rZXlyaW5nLWtleS0wMTIzNDU2Nzg5YWJjZGU=";

    private readonly TestDatabase _database;
    private readonly int _authRequestsPerMinute;
    private readonly string _anchorFile;
    private readonly bool _ownsAnchorFile;
    private readonly Action<IWebHostBuilder>? _configureCopy;
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    // A new recovery code replaces the account's others: one second step at a time, from making the code to using it.
    private readonly SemaphoreSlim _secondStep = new(1, 1);

    public YincaiAppFactory() : this(authRequestsPerMinute: 10_000) { }

    /// <summary>An app on a database of its own, with <paramref name="configure"/> applied from the first start (migrations included).</summary>
    public static YincaiAppFactory Configured(Action<IWebHostBuilder> configure) => new(TestDatabase.FromEnvironment(), 10_000, configureCopy: configure);

    /// <param name="authRequestsPerMinute">The sign-in rate limit; high by default so that tests never meet it.</param>
    protected YincaiAppFactory(int authRequestsPerMinute) : this(TestDatabase.FromEnvironment(), authRequestsPerMinute) { }

    private YincaiAppFactory(TestDatabase database, int authRequestsPerMinute, string? anchorFile = null, Action<IWebHostBuilder>? configureCopy = null)
    {
        _configureCopy = configureCopy;
        (_database, _authRequestsPerMinute) = (database, authRequestsPerMinute);
        // The audit anchors of this app's database alone, outside it (a copy of the app shares them, as one deployment).
        _ownsAnchorFile = anchorFile is null;
        _anchorFile = anchorFile ?? Path.Combine(Path.GetTempPath(), "yincai-tests", "anchors-" + Guid.NewGuid().ToString("N"), "audit-anchors.log");
    }

    /// <summary>A second running copy of the app on this one's database (as two copies behind a load balancer); start it
    /// with InitializeAsync and dispose it before this one. <paramref name="configure"/> adds settings of its own.</summary>
    public YincaiAppFactory SecondCopy(Action<IWebHostBuilder>? configure = null) =>
        new(_database.SharedCopy(), _authRequestsPerMinute, _anchorFile, configure);

    /// <summary>The append-only file of signed audit anchors (<c>Audit:AnchorFile</c>).</summary>
    public string AnchorFile => _anchorFile;

    public DatabaseProvider Provider => _database.Provider;

    public async ValueTask InitializeAsync()
    {
        await _database.CreateAsync(TestContext.Current.CancellationToken);
        try
        {
            // Migrations, reference data and demo accounts now, not inside the first test's time.
            StartServer();
        }
        catch
        {
            await _database.DisposeAsync(); // a failed start must not leave a database behind on the server
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:" + DatabaseOptions.ConnectionStringName, _database.ConnectionString);
        builder.UseSetting("Demo:SeedOnFirstStart", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Accounts:AuthRequestsPerMinute", _authRequestsPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Accounts:AuthRequestsPerAccountPerMinute", _authRequestsPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider, AppErrorLog>());
        // Test keys only (32 bytes each); real ones come from the deployment's secret store.
        builder.UseSetting("Protection:FieldKey", "dGVzdC1maWVsZC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=");
        builder.UseSetting("Protection:IndexKey", "dGVzdC1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=");
        builder.UseSetting("Audit:ChainKey", AuditChainKey);
        builder.UseSetting("Audit:AnchorFile", _anchorFile);
        builder.UseSetting("Protection:KeyRingKey", KeyRingKey);
        _configureCopy?.Invoke(builder);
        // Tests seal the audit trail when they read it (SealAuditAsync), not on the sealer's clock: the background round then
        // never interleaves with a test's tampering. The sealer still runs once at start.
        builder.UseSetting("Audit:SealInterval", "01:00:00");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>False for a test that holds the database at start (a round would then wait for the test).</summary>
    public bool WaitsForBackgroundStart { get; set; } = true;

    /// <summary>Starts the app and waits for the start-up round of its background work (digest schedules, expiries, the first
    /// seal): a test then begins on a quiet app, and no row of that round lands in the middle of it.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!WaitsForBackgroundStart) return host;
        var rounds = host.Services.GetServices<IHostedService>().OfType<PeriodicWork>().Select(w => w.FirstRound);
        Task.WhenAll(rounds).WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Sets <paramref name="key"/> for this copy of the app; call before it starts.</summary>
    public YincaiAppFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (_ownsAnchorFile && Path.GetDirectoryName(_anchorFile) is { } folder && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, as a browser seen one request at a time.</summary>
    public HttpClient CreateBrowser()
    {
        var browser = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        FactoryOf.AddOrUpdate(browser, this);
        return browser;
    }

    /// <summary>A browser like <see cref="CreateBrowser()"/> whose cookies the test can read (to replay them elsewhere).</summary>
    public HttpClient CreateBrowser(CookieContainer cookies)
    {
        var browser = CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        FactoryOf.AddOrUpdate(browser, this);
        return browser;
    }

    /// <summary>Reads the antiforgery token from the form that a GET of <paramref name="path"/> renders.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = AntiforgeryField().Match(html);
        if (!match.Success)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} without an antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>The antiforgery token a signed-in page carries (its sign-out form), as the page's script would read it for the
    /// <c>RequestVerificationToken</c> header of API calls; follows the redirects of required account steps; null without one.</summary>
    public static async Task<string?> PageTokenAsync(HttpClient browser, string path = "/Workspace/Home")
    {
        for (var hops = 0; hops < 4; hops++)
        {
            using var response = await browser.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.Headers.Location is { } next) { path = next.OriginalString; continue; }
            var match = AntiforgeryField().Match(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            return match.Success ? WebUtility.HtmlDecode(match.Groups["token"].Value) : null;
        }
        return null;
    }

    /// <summary>Posts a form the way a browser does: the antiforgery token from the GET of the same page (or of
    /// <paramref name="tokenFrom"/>, when the page itself would not render), then the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path,
        IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await AntiforgeryTokenAsync(browser, tokenFrom ?? path);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await browser.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>The sign-in form, posted; the answer is returned whatever it is.</summary>
    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string userName, string password) =>
        PostFormAsync(browser, "/Accounts/Login", [new("Input.UserName", userName), new("Input.Password", password)]);

    /// <summary>Signs <paramref name="browser"/> (from <see cref="CreateBrowser"/>) in through the real sign-in form and,
    /// for an account with two-step sign-in (all staff), the code form with a fresh recovery code; throws unless the app
    /// redirects (success).</summary>
    public static async Task SignInAsync(HttpClient browser, string userName, string password = DemoPassword)
    {
        using var response = await PostLoginAsync(browser, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} answered {(int)response.StatusCode}, not a redirect.");
        if (response.Headers.Location?.OriginalString.Split('?')[0] != "/Accounts/LoginWith2fa") return;
        if (!FactoryOf.TryGetValue(browser, out var app))
            throw new InvalidOperationException($"{userName} needs a second step: sign in a browser from YincaiAppFactory.CreateBrowser.");
        await app.WithSecondStepAsync(userName, async code =>
        {
            if (code is null) throw new InvalidOperationException($"{userName} was asked for a code but has no second step.");
            using var second = await PostFormAsync(browser, "/Accounts/LoginWith2fa", [new("Input.Code", code)]);
            if (second.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"The recovery code of {userName} answered {(int)second.StatusCode}, not a redirect.");
            return true;
        });
    }

    /// <summary>Runs <paramref name="use"/> with a one-time recovery code made for <paramref name="userName"/> as the
    /// security page makes them (it replaces the account's others), or with null when the account has no second step.</summary>
    public async Task<T> WithSecondStepAsync<T>(string userName, Func<string?, Task<T>> use)
    {
        await _secondStep.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return await use(await NewRecoveryCodeAsync(userName));
        }
        finally
        {
            _secondStep.Release();
        }
    }

    private Task<string?> NewRecoveryCodeAsync(string userName) =>
        WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            // A save that met another one's change of the account (a concurrency failure) is tried again.
            for (var attempt = 0; attempt < 5; attempt++)
            {
                // Talents and employer users sign in with their mobile: found by its blind index, as sign-in finds them.
                var index = services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>().BlindIndex(userName.Trim());
                var user = await users.FindByNameAsync(userName) ?? await users.Users.FirstOrDefaultAsync(u => u.MobileIndex == index)
                    ?? throw new InvalidOperationException($"No account {userName}.");
                if (!user.TwoFactorEnabled) return null;
                if ((await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 1))?.Single() is { } code) return code;
            }
            throw new InvalidOperationException($"No recovery code made for {userName}.");
        });

    /// <summary>Turns two-step sign-in off and removes the key, as the security admin's reset does: the account must
    /// enrol again at its next sign-in.</summary>
    public Task ResetTwoFactorAsync(string userName) =>
        WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
        });

    /// <summary>Sets up an authenticator for <paramref name="userName"/> and turns two-step sign-in on, as the enrolment
    /// page ends; returns the key the person's app would hold.</summary>
    public Task<string> EnrolAuthenticatorAsync(string userName) =>
        WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        });

    /// <summary>Signs in through the password form and then the code form with the current code of <paramref name="key"/>;
    /// throws unless both are accepted.</summary>
    public static async Task SignInWithAuthenticatorAsync(HttpClient browser, string userName, string password, string key)
    {
        using (var first = await PostLoginAsync(browser, userName, password))
        {
            if (first.Headers.Location?.OriginalString.Split('?')[0] != "/Accounts/LoginWith2fa")
                throw new InvalidOperationException($"Sign-in of {userName} answered {(int)first.StatusCode} {first.Headers.Location}, not the code form.");
        }
        using var second = await PostFormAsync(browser, "/Accounts/LoginWith2fa",
            [new("Input.Code", new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow))]);
        if (second.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"The code of {userName} answered {(int)second.StatusCode}, not a redirect.");
    }

    /// <summary>A bearer token from POST /api/v1/auth/token, with a fresh recovery code as the second factor when the
    /// account has one (all staff).</summary>
    public Task<string> TokenAsync(string userName, string password = DemoPassword) =>
        WithSecondStepAsync(userName, async code =>
        {
            using var client = CreateClient();
            using var response = await client.PostAsJsonAsync("/api/v1/auth/token",
                new { userName, password, twoFactorCode = code }, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"Token for {userName} answered {(int)response.StatusCode}.");
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(TestContext.Current.CancellationToken);
            return token?.AccessToken ?? throw new InvalidOperationException("The token response has no accessToken.");
        });

    /// <summary>A client that sends <paramref name="userName"/>'s bearer token and no cookies.</summary>
    public async Task<HttpClient> CreateApiClientAsync(string userName, string password = DemoPassword)
    {
        var token = await TokenAsync(userName, password);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> in a fresh DI scope outside any request: the system, with no region scope.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithServicesAsync(Func<IServiceProvider, Task> work) =>
        WithServicesAsync(async services => { await work(services); return true; });

    /// <summary>Runs <paramref name="work"/> with a <see cref="YincaiDb"/> of its own, as the system (unscoped).</summary>
    public Task<T> WithDbAsync<T>(Func<YincaiDb, Task<T>> work) =>
        WithServicesAsync(services => work(services.GetRequiredService<YincaiDb>()));

    public Task WithDbAsync(Func<YincaiDb, Task> work) =>
        WithServicesAsync(services => work(services.GetRequiredService<YincaiDb>()));

    /// <summary>Seals every audit row committed so far, as the app's sealer does every second; returns how many it sealed.</summary>
    public Task<int> SealAuditAsync() => Services.GetRequiredService<AuditSealer>().SealAsync(TestContext.Current.CancellationToken);

    /// <summary>The sequence of the newest audit row, every row written so far sealed (0 when there is none): rows after it
    /// belong to what came next.</summary>
    public async Task<long> LastAuditSequenceAsync()
    {
        await SealAuditAsync();
        return await WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Sequence, TestContext.Current.CancellationToken)) ?? 0;
    }

    /// <summary>A raw connection to the app's database, opened, for tampering the app would never do.</summary>
    public Task<DbConnection> OpenConnectionAsync() => _database.OpenConnectionAsync(TestContext.Current.CancellationToken);

    private sealed record TokenResponse(string AccessToken);

    [GeneratedRegex(@"<input[^>]*\bname=""__RequestVerificationToken""[^>]*\bvalue=""(?<token>[^""]*)""")]
    private static partial Regex AntiforgeryField();
}
