using System.Net.Http.Headers;
using System.Text;

namespace Yincai.IntegrationTests.Platform;

/// <summary>The crawler itself, on a made-up site: it reports what it must and leaves alone what it must not touch.</summary>
public sealed class CrawlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Page(string body) =>
        $"<!DOCTYPE html><html><body><header></header><main class=\"container\" role=\"main\">{body}</main></body></html>";

    /// <summary>A site of fixed answers; records every request it gets.</summary>
    private sealed class Site(Dictionary<string, Func<HttpResponseMessage>> answers) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = request.RequestUri!.PathAndQuery;
            lock (Requested) Requested.Add(url);
            return Task.FromResult(answers.TryGetValue(url, out var answer) ? answer() : new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent(Page("不存在"), Encoding.UTF8, "text/html"),
            });
        }
    }

    private static Func<HttpResponseMessage> Html(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        () => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/html") };

    private static async Task<(IReadOnlyList<Crawler.Visit> Visits, List<string> Requested)> CrawlAsync(Dictionary<string, Func<HttpResponseMessage>> answers)
    {
        var site = new Site(answers);
        using var client = new HttpClient(site) { BaseAddress = new Uri("http://localhost/") };
        var visits = await new Crawler(client).CrawlAsync(["/"], Ct);
        return (visits, site.Requested);
    }

    [Fact]
    public async Task Crawl_LinkedFaults_ReportsEveryOne()
    {
        var (visits, _) = await CrawlAsync(new()
        {
            ["/"] = Html(Page("<a href=\"/broken\">a</a><a href='/json'>b</a><a href=\"/text\">c</a><a href=\"/bare\">d</a><a href=\"/fine\">e</a>")),
            ["/broken"] = Html(Page("出错"), HttpStatusCode.InternalServerError),
            ["/json"] = () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"title\":\"error\"}", Encoding.UTF8, "application/json") },
            ["/text"] = () => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("Bad request", Encoding.UTF8, "text/plain") },
            ["/bare"] = Html("<html><body>An unhandled exception occurred</body></html>"),
            ["/fine"] = Html(Page("好")),
        });

        Assert.Equal(["/bare", "/broken", "/json", "/text"], visits.Where(v => v.Failure is not null).Select(v => v.Url).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Crawl_SignOutConfirmAndPostForms_AreNeverFollowed()
    {
        var (visits, requested) = await CrawlAsync(new()
        {
            ["/"] = Html(Page("""
                <a href="/Accounts/Logout">退出</a><a href="/items/delete" data-confirm="确定？">删除</a>
                <a href="/items/remove" data-method="post">移除</a><a href="https://example.com/">外站</a><a href="#top">顶部</a>
                <form method="post" action="/items/save"><button>保存</button></form>
                """)),
        });

        Assert.Equal(["/"], requested);
        Assert.Single(visits);
    }

    [Fact]
    public async Task Crawl_GetForm_IsSubmittedWithItsDefaultValues()
    {
        var (_, requested) = await CrawlAsync(new()
        {
            ["/"] = Html(Page("""
                <form action="/search?old=1"><input name="q" value="Java"><input type="checkbox" name="open" value="true" checked>
                <input type="checkbox" name="closed" value="true"><select name="city"><option value="">全部</option><option value="370200" selected>青岛</option></select>
                <input type="file" name="upload"><button type="submit" name="sort" value="new">搜索</button><button name="other" value="x">另一个</button></form>
                """)),
        });

        Assert.Contains("/search?q=Java&open=true&city=370200&sort=new", requested);
    }

    [Fact]
    public async Task Crawl_DownloadAndRedirect_FetchedNotParsedAndFollowed()
    {
        var (visits, requested) = await CrawlAsync(new()
        {
            ["/"] = Html(Page("<a href=\"/file\">文件</a><a href=\"/moved\">旧地址</a>")),
            ["/file"] = () =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<a href=\"/hidden\">x</a>", Encoding.UTF8, "application/json") };
                response.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "data.json" };
                return response;
            },
            ["/moved"] = () => new HttpResponseMessage(HttpStatusCode.Redirect) { Headers = { Location = new Uri("/new", UriKind.Relative) } },
            ["/new"] = Html(Page("新地址")),
        });

        Assert.All(visits, v => Assert.Null(v.Failure));
        Assert.Contains("/new", requested);
        Assert.DoesNotContain("/hidden", requested);
    }

    [Fact]
    public async Task Crawl_ManyQueriesOfOnePath_VisitsAtMostThree()
    {
        var links = string.Concat(Enumerable.Range(1, 10).Select(i => $"<a href=\"/list?page={i}\">{i}</a><a href=\"/items/{Guid.NewGuid()}\">x</a>"));

        var (_, requested) = await CrawlAsync(new() { ["/"] = Html(Page(links)) });

        Assert.Equal(3, requested.Count(r => r.StartsWith("/list", StringComparison.Ordinal)));
        Assert.Equal(3, requested.Count(r => r.StartsWith("/items/", StringComparison.Ordinal)));
    }
}
