using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Matching;

namespace Yincai.IntegrationTests.Platform;

/// <summary>Anonymous public pages come from the output cache (a hit carries an <c>Age</c> header), never for a signed-in
/// person, with nothing personal in them, per language, and a change to what they show evicts them: at once on the copy
/// that saved it, within two seconds on another.</summary>
public sealed partial class PageCacheTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Each test's own cache entries: the key varies by the whole query string.
    private static string Fresh() => "t=" + Guid.NewGuid().ToString("N")[..8];

    private static string With(string path, string query) => path + (path.Contains('?') ? "&" : "?") + query;

    private static HttpClient Anonymous(YincaiAppFactory copy) => copy.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Asks for the page until it comes from the cache (five seconds at most): what a change saved just before
    /// evicts is kept again only after the feed's rounds.</summary>
    private static async Task<(HttpResponseMessage Response, string Body)> UntilCachedAsync(HttpClient client, string path)
    {
        var answer = await GetAsync(client, path);
        for (var wait = 0; !FromCache(answer.Response) && wait < 50; wait++)
        {
            await Task.Delay(100, Ct);
            answer = await GetAsync(client, path);
        }
        return answer;
    }

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        return (response, await response.Content.ReadAsStringAsync(Ct));
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<List<string>> PublicPagesAsync()
    {
        using var client = Anonymous(app);
        var pages = new List<string> { "/", "/Jobs", "/Events", "/Policies", "/Policies/Funds", "/Offices", "/Finds?q=%E5%B7%A5%E7%A8%8B%E5%B8%88" };
        var (employer, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employer.Id, MatchingTestData.Job("缓存测试工程师" + Guid.NewGuid().ToString("N")[..6]));
        pages.Add($"/Jobs/View?id={job.Id}");
        if (EventLink().Match((await GetAsync(client, "/Events")).Body) is { Success: true } e) pages.Add(e.Value);
        pages.Add(PolicyLink().Match((await GetAsync(client, "/Policies")).Body).Value);
        return pages;
    }

    private async Task<Job> SubmittedJobAsync(YincaiAppFactory copy, string title)
    {
        var (employer, _) = await copy.VerifiedEmployerAsync();
        return await copy.JobAsync(employer.Id, MatchingTestData.Job(title), publish: false);
    }

    private static async Task ApproveAsync(YincaiAppFactory copy, Job job)
    {
        using var officer = await copy.ClientAsync(Via.Cookie, "officer.qd");
        using var approved = await YincaiAppFactory.PostFormAsync(officer, $"/Jobs/Review/Details?id={job.Id}&handler=Approve",
            new Dictionary<string, string> { ["id"] = job.Id.ToString(), ["version"] = job.Version.ToString(CultureInfo.InvariantCulture) },
            tokenFrom: "/Jobs/Review");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    [Fact]
    public async Task PublicPages_SecondAnonymousGet_IsServedFromCacheWithoutCookieOrTokenAndWithSecurityHeaders()
    {
        var pages = await PublicPagesAsync();
        using var client = Anonymous(app);

        foreach (var page in pages)
        {
            // Another test class saving a job on the shared database evicts job pages here too (the change feed), so a
            // pair of GETs may straddle that eviction: a fresh key is tried again, a page never cached fails all three.
            var (path, first, firstBody, second, secondBody) = await MissThenHitAsync(client, page);

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
            Assert.False(FromCache(first), path);
            Assert.True(FromCache(second), path);
            Assert.Equal(firstBody, secondBody);
            Assert.False(first.Headers.Contains("Set-Cookie") || second.Headers.Contains("Set-Cookie"), path);
            Assert.DoesNotContain("__RequestVerificationToken", secondBody, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", string.Join(";", second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(second.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(second.Headers.GetValues("X-Frame-Options")));
            first.Dispose();
            second.Dispose();
        }
    }

    private static async Task<(string Path, HttpResponseMessage First, string FirstBody, HttpResponseMessage Second, string SecondBody)>
        MissThenHitAsync(HttpClient client, string page)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Stored from its second request (SecondRequests), served from the cache from its third.
            var path = With(page, Fresh());
            var (first, firstBody) = await GetAsync(client, path);
            (await GetAsync(client, path)).Response.Dispose();
            var (third, thirdBody) = await GetAsync(client, path);
            if (FromCache(third) || attempt == 3) return (path, first, firstBody, third, thirdBody);
            first.Dispose();
            third.Dispose();
        }
    }

    [Fact]
    public async Task PublicPage_WithTheAntiforgeryCookieOfAnEarlierForm_IsStillServedFromCacheWithoutAToken()
    {
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.AntiforgeryTokenAsync(browser, "/Accounts/Login"); // the browser now holds the antiforgery cookie
        var (_, first, _, second, body) = await MissThenHitAsync(browser, "/Jobs");

        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.DoesNotContain("__RequestVerificationToken", body, StringComparison.Ordinal);
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task JobsAndJobPage_JobPublishedThenClosed_AreEvictedAtOnce()
    {
        var word = "缓存" + Guid.NewGuid().ToString("N")[..8];
        var title = "数据工程师" + word; // the search box shows the word, the list the title
        var job = await SubmittedJobAsync(app, title);
        using var client = Anonymous(app);
        var search = "/Jobs?q=" + Uri.EscapeDataString(word);
        var view = $"/Jobs/View?id={job.Id}";
        var (_, beforeBody) = await GetAsync(client, search);
        // The submitted job evicts /Jobs pages again at the feed's next round: ask until a hit.
        var (cached, _) = await UntilCachedAsync(client, search);

        await ApproveAsync(app, job);
        var (published, publishedBody) = await GetAsync(client, search);
        var (shown, _) = await GetAsync(client, view);
        var (shownAgain, _) = await UntilCachedAsync(client, view);
        await app.WithDbAsync(async db =>
        {
            Assert.False((await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Close().IsError);
            await db.SaveChangesAsync(Ct);
        });
        var (_, closedBody) = await GetAsync(client, search);
        var (closedView, _) = await GetAsync(client, view);

        Assert.DoesNotContain(title, beforeBody, StringComparison.Ordinal);
        Assert.True(FromCache(cached));
        Assert.False(FromCache(published));
        Assert.Contains(title, publishedBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(FromCache(shownAgain));
        Assert.DoesNotContain(title, closedBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, closedView.StatusCode);
    }

    [Fact]
    public async Task Jobs_JobPublishedOnAnotherCopy_IsShownAfterAFewFeedRounds_LongBeforeThePageExpires()
    {
        await using var second = app.SecondCopy();
        await second.InitializeAsync();
        var word = "缓存" + Guid.NewGuid().ToString("N")[..8];
        var title = "运维工程师" + word;
        var job = await SubmittedJobAsync(app, title);
        using var onSecond = Anonymous(second);
        var search = "/Jobs?q=" + Uri.EscapeDataString(word);
        await GetAsync(onSecond, search);
        // The job just submitted evicts /Jobs pages on the other copy for up to two feed rounds.
        var (cached, cachedBody) = await UntilCachedAsync(onSecond, search);

        await ApproveAsync(app, job);
        var watch = Stopwatch.StartNew();
        var seen = false;
        // The feed rounds (search 0.5 s, cache 1 s) show it in under two seconds on a quiet machine; ten leaves room for a
        // loaded one and still proves eviction, since the page would otherwise be kept for its 30 s.
        while (!seen && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            seen = (await GetAsync(onSecond, search)).Body.Contains(title, StringComparison.Ordinal);
            if (!seen) await Task.Delay(50, Ct);
        }

        Assert.True(FromCache(cached));
        Assert.DoesNotContain(title, cachedBody, StringComparison.Ordinal);
        Assert.True(seen, $"not shown on the other copy after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task PublicPage_SignedInOrWithAToken_IsNeitherServedFromNorStoredInTheCache()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        using var anonymous = Anonymous(app);
        var path = "/Jobs?" + Fresh();
        await GetAsync(anonymous, path);

        var (signedIn, signedInBody) = await GetAsync(browser, path);
        var (signedInAgain, _) = await GetAsync(browser, path);
        using var bearer = Anonymous(app);
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        var (withToken, _) = await GetAsync(bearer, path);
        using var staleCookie = Anonymous(app);
        staleCookie.DefaultRequestHeaders.Add("Cookie", "yincai.auth=expired");
        var (withCookie, _) = await GetAsync(staleCookie, path);
        // A job saved by an earlier test of this class may evict /Jobs pages for two more feed rounds.
        var (afterwards, afterwardsBody) = await UntilCachedAsync(anonymous, path);

        Assert.Contains("/Accounts/Logout", signedInBody, StringComparison.Ordinal);
        Assert.False(FromCache(signedIn));
        Assert.False(FromCache(signedInAgain));
        Assert.Contains("no-store", signedInAgain.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.False(FromCache(withToken));
        Assert.False(FromCache(withCookie));
        Assert.True(FromCache(afterwards));
        Assert.DoesNotContain("/Accounts/Logout", afterwardsBody, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", afterwardsBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPage_EnglishChosen_GetsTheEnglishPageFromItsOwnEntry()
    {
        using var chinese = Anonymous(app);
        using var english = Anonymous(app);
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        // A page no record change evicts: another class's job (the shared change feed on PostgreSQL) emptied /Jobs between
        // the two Chinese reads once.
        var path = "/Policies/Funds?" + Fresh();
        await GetAsync(chinese, path);
        await GetAsync(chinese, path);
        var (zh, zhBody) = await GetAsync(chinese, path);

        var (en, enBody) = await GetAsync(english, path);
        await GetAsync(english, path);
        var (enAgain, enAgainBody) = await GetAsync(english, path);

        Assert.True(FromCache(zh));
        Assert.Contains("<html lang=\"zh-CN\">", zhBody, StringComparison.Ordinal);
        Assert.False(FromCache(en));
        Assert.Contains("<html lang=\"en\">", enBody, StringComparison.Ordinal);
        Assert.True(FromCache(enAgain));
        Assert.Contains("<html lang=\"en\">", enAgainBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPage_BrowserAcceptsBrotliOrGzip_GetsItCompressedFromItsOwnEntry()
    {
        // The notices' funds: no record change evicts them, so another class's job (through the shared change feed on PostgreSQL)
        // cannot empty the cache between the reads (it did once with /Jobs).
        var path = "/Policies/Funds?" + Fresh();
        using var plain = Anonymous(app);
        using var brotli = Anonymous(app);
        brotli.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, deflate, br, zstd");
        using var gzip = Anonymous(app);
        gzip.DefaultRequestHeaders.Add("Accept-Encoding", "gzip");

        var (br, brBody) = await BytesAsync(brotli, path);
        var (brStored, brStoredBody) = await BytesAsync(brotli, path);
        var (brAgain, brAgainBody) = await BytesAsync(brotli, path);
        var (gz, gzBody) = await BytesAsync(gzip, path);
        var (none, noneBody) = await BytesAsync(plain, path);
        await BytesAsync(plain, path);
        var (noneAgain, _) = await BytesAsync(plain, path);

        Assert.Equal(["br"], br.Content.Headers.ContentEncoding);
        Assert.False(FromCache(br) || FromCache(brStored));
        Assert.True(FromCache(brAgain));
        Assert.Equal(["br"], brAgain.Content.Headers.ContentEncoding);
        Assert.Equal(brStoredBody, brAgainBody);
        Assert.Equal(["gzip"], gz.Content.Headers.ContentEncoding);
        Assert.False(FromCache(gz)); // its own entry, not the Brotli one
        Assert.Empty(none.Content.Headers.ContentEncoding);
        Assert.True(FromCache(noneAgain));
        Assert.Empty(noneAgain.Content.Headers.ContentEncoding);
        var html = System.Text.Encoding.UTF8.GetString(noneBody);
        Assert.Equal(html, Decompress(new System.IO.Compression.BrotliStream(new MemoryStream(brBody), System.IO.Compression.CompressionMode.Decompress)));
        Assert.Equal(html, Decompress(new System.IO.Compression.BrotliStream(new MemoryStream(brStoredBody), System.IO.Compression.CompressionMode.Decompress)));
        // The first request's page, kept by nobody, is compressed at the fastest level; the page kept, at the better one.
        Assert.True(brStoredBody.Length < brBody.Length, $"{brStoredBody.Length} bytes kept against {brBody.Length} bytes at first");
        Assert.Equal(html, Decompress(new System.IO.Compression.GZipStream(new MemoryStream(gzBody), System.IO.Compression.CompressionMode.Decompress)));
        Assert.True(brBody.Length * 3 < noneBody.Length, $"{brBody.Length} bytes compressed of {noneBody.Length}");
    }

    [Fact]
    public async Task Page_SignedInOrWithACookie_IsNeverCompressed()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        browser.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, br");
        using var withCookie = Anonymous(app);
        withCookie.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, br");
        withCookie.DefaultRequestHeaders.Add("Cookie", "someone=1");
        var path = "/Jobs?" + Fresh();

        var (signedIn, _) = await BytesAsync(browser, path);
        var (ownPage, _) = await BytesAsync(browser, "/Talents/Profile");
        var (cookie, _) = await BytesAsync(withCookie, path);

        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Empty(signedIn.Content.Headers.ContentEncoding);
        Assert.Empty(ownPage.Content.Headers.ContentEncoding);
        Assert.Empty(cookie.Content.Headers.ContentEncoding);
    }

    private static async Task<(HttpResponseMessage Response, byte[] Body)> BytesAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        return (response, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static string Decompress(Stream stream)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/Events/View\?id=[0-9a-f-]{36}")]
    private static partial Regex EventLink();

    [GeneratedRegex(@"/Policies/View\?id=[^""#&]+")]
    private static partial Regex PolicyLink();
}
