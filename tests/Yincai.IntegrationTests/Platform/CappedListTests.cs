using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Notifications;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// Every list and API list counts at most <see cref="PagedListExtensions.DefaultCountCap"/> rows (issue 16): at a
/// million rows an exact COUNT walks them all. Each list is requested while the database commands of that request are
/// recorded, and every COUNT among them must stop at a LIMIT; a list that goes back to an exact count fails here.
/// </summary>
public sealed class CappedListTests(CappedListTests.RecordingAppFactory app) : IClassFixture<CappedListTests.RecordingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Who may see each list (null: anyone) and its address: every page or API that pages with the shared pager.</summary>
    public static TheoryData<string?, string> Lists => new()
    {
        { null, "/Jobs" }, { null, "/Jobs?region=370200" }, { null, "/Jobs/Projects" }, { null, "/Jobs/Demands" }, { null, "/Events" }, { null, "/Offices" },
        { DemoUsers.ProvinceOfficer, "/Jobs/Review" }, { DemoUsers.ProvinceOfficer, "/Jobs/Review/Demands" },
        { DemoUsers.ProvinceOfficer, "/Jobs/Review/Projects" }, { DemoUsers.ProvinceOfficer, "/Employers/Review" },
        { DemoUsers.ProvinceOfficer, "/api/v1/employers" }, { DemoUsers.ProvinceOfficer, "/Talents/Review" },
        { DemoUsers.Employer, "/Talents/Search" }, { DemoUsers.ProvinceOfficer, "/Talents/Deletions" },
        { DemoUsers.ProvinceOfficer, "/Imports" }, { DemoUsers.ProvinceOfficer, "/Events/Manage" },
        { DemoUsers.ProvinceOfficer, "/Ambassadors" }, { DemoUsers.ProvinceOfficer, "/Matching/Phds" },
        { DemoUsers.Talent, "/Notifications" }, { "auditor", "/Audit" }, { "sysadmin", "/Accounts/Admin" }, { "secadmin", "/Accounts/Security" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_AnyRequest_CountsNoFurtherThanTheCap(string? userName, string url)
    {
        using var browser = await SignedInAsync(userName);
        var path = url.Split('?')[0];
        app.Recorder.Start(path);

        var response = await browser.GetAsync(url, Ct);

        var commands = app.Recorder.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = commands.Where(c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, sql => Assert.Contains("LIMIT", sql, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The job lists count in the order of the index the page walks, so that the count stops at the cap. (Keyword
    /// searches on the database, while a copy's keyword index builds: <see cref="DatabaseKeywordCountTests"/>.)</summary>
    [Theory]
    [InlineData("/Jobs?sort=Newest")]
    [InlineData("/Jobs?sort=Pay")]
    [InlineData("/Jobs?region=370200&sort=Pay")]
    public async Task JobLists_Count_WalkThePageOrder(string url)
    {
        using var browser = await SignedInAsync(null);

        var (response, commands) = await app.UncachedAsync(browser, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertJobsCountedInPageOrder(commands);
    }

    /// <summary>One count of jobs, in the page's order and stopped at the cap.</summary>
    internal static void AssertJobsCountedInPageOrder(IReadOnlyList<string> commands)
    {
        var jobCount = Assert.Single(commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && c.Contains("jobs_job", StringComparison.Ordinal));
        Assert.Contains("ORDER BY", jobCount, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", jobCount, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>With keywords, this copy's keyword index finds and counts the jobs: the database only reads the page's jobs by key.</summary>
    [Theory]
    [InlineData("/Jobs?q=工程师&sort=Newest")]
    [InlineData("/Jobs?q=工程师&sort=Pay")]
    [InlineData("/Finds?q=工程师")]
    public async Task KeywordSearch_IndexReady_CountsNothingInTheDatabaseAndReadsThePageByKey(string url)
    {
        using var browser = await SignedInAsync(null);

        var (response, recorded) = await app.UncachedAsync(browser, url);

        var commands = recorded.Where(c => c.Contains("jobs_job", StringComparison.Ordinal)).ToList();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("工程师", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(commands, c => c.Contains("SearchText", StringComparison.Ordinal) && c.Contains("LIKE", StringComparison.OrdinalIgnoreCase));
        Assert.Single(commands);
    }

    [Fact]
    public async Task Notifications_MoreThanTheCap_PagerShowsTheCappedFigure()
    {
        using var browser = await app.ClientAsync(Via.Cookie, DemoUsers.ProvinceOfficer);
        var userId = await app.UserIdAsync(DemoUsers.ProvinceOfficer);
        await app.WithDbAsync(async db =>
        {
            var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            db.Notifications.AddRange(Enumerable.Range(0, PagedListExtensions.DefaultCountCap + 1)
                .Select(i => new Notification(userId, $"消息 {i}", "正文", null, now.AddSeconds(i))));
            await db.SaveChangesAsync(Ct);
        });

        var page = await browser.GetStringAsync("/Notifications", Ct);

        Assert.Contains("超过 1,000 条", page, StringComparison.Ordinal);
        Assert.Contains("共 50 页", page, StringComparison.Ordinal);
    }

    /// <summary>A keyword search counts to <see cref="SixFinds.CountCap"/> (each row it walks is checked against the keyword);
    /// the list without a keyword still counts to the default cap.</summary>
    [Fact]
    public async Task JobSearch_KeywordWithMoreHitsThanItsCap_SaysTwoHundredPlus_ListWithoutKeywordCountsOn()
    {
        var (employer, first) = await app.PublishedJobAsync("测绘遥感专员 0", "370202");
        var ids = new List<Guid> { first.Id };
        await app.WithServicesAsync(async s =>
        {
            var postings = s.GetRequiredService<Yincai.Modules.Jobs.JobPostings>();
            for (var i = 1; i <= SixFinds.CountCap; i++)
            {
                var saved = await postings.SaveAsync(employer.Id, null, new Yincai.Modules.Jobs.JobForm
                {
                    Title = $"测绘遥感专员 {i}", Description = "外业测量与遥感影像处理。", RegionCode = "370202", Headcount = 1,
                    SalaryMinYuan = 5000, SalaryMaxYuan = 7000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
                }, submit: true, Ct);
                ids.Add(saved.Value!.Id);
            }
            return 0;
        });
        await app.WithDbAsync(async db =>
        {
            foreach (var job in await db.Jobs.Where(j => ids.Contains(j.Id) && j.Id != first.Id).ToListAsync(Ct)) job.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var browser = app.CreateBrowser();
        var past = "&t=" + Guid.NewGuid().ToString("N")[..8]; // past the page cache

        var search = WebUtility.HtmlDecode(await browser.GetStringAsync("/Jobs?q=测绘遥感" + past, Ct));
        var finds = WebUtility.HtmlDecode(await browser.GetStringAsync("/Finds?q=测绘遥感" + past, Ct));
        var all = WebUtility.HtmlDecode(await browser.GetStringAsync("/Jobs?t=" + Guid.NewGuid().ToString("N")[..8], Ct));

        Assert.Contains("找到 200+ 个岗位", search, StringComparison.Ordinal);
        Assert.Contains("200+", finds, StringComparison.Ordinal);
        Assert.Matches(@"共找到 2\d\d 个岗位", all);
    }

    private async Task<HttpClient> SignedInAsync(string? userName)
    {
        if (userName is null) return app.CreateBrowser();
        var account = Yincai.Modules.Accounts.Demo.DemoAccounts.All.Single(a => a.UserName == userName);
        if (!Roles.IsAdmin(account.Role)) return await app.ClientAsync(Via.Cookie, userName);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInWithAuthenticatorAsync(browser, userName, YincaiAppFactory.DemoPassword, await app.EnrolAuthenticatorAsync(userName));
        return browser;
    }

    /// <summary>The app, with the database commands of one request path recorded.</summary>
    public class RecordingAppFactory : YincaiAppFactory
    {
        public CommandRecorder Recorder { get; } = new();

        /// <summary>GETs <paramref name="url"/> past the page cache (a query value of its own) and returns the answer and the
        /// commands run for it.</summary>
        public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> UncachedAsync(HttpClient browser, string url)
        {
            Recorder.Start(url.Split('?')[0]);
            var response = await browser.GetAsync(url + "&t=" + Guid.NewGuid().ToString("N")[..8], TestContext.Current.CancellationToken);
            return (response, Recorder.Stop());
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(Recorder)));
        }
    }

    /// <summary>Records the text of every command run while serving a request to the watched path.</summary>
    public sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly HttpContextAccessor _http = new();
        private readonly ConcurrentQueue<string> _commands = new();
        private volatile string? _path;

        public void Start(string path) { _commands.Clear(); _path = path; }

        public IReadOnlyList<string> Stop() { _path = null; return _commands.ToList(); }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command)
        {
            if (_path is { } path && string.Equals(_http.HttpContext?.Request.Path.Value, path, StringComparison.OrdinalIgnoreCase))
                _commands.Enqueue(command.CommandText);
        }
    }
}

/// <summary>A keyword search answered by the database (a copy whose keyword index is still building, here switched off) counts in
/// the order of the index the page walks, so that a common keyword's count stops at the cap instead of building the keyword
/// index's whole bitmap first.</summary>
public sealed class DatabaseKeywordCountTests(DatabaseKeywordCountTests.DatabaseSearchAppFactory app) : IClassFixture<DatabaseKeywordCountTests.DatabaseSearchAppFactory>
{
    [Theory]
    [InlineData("/Jobs?q=工程师&sort=Newest")]
    [InlineData("/Jobs?q=工程师&sort=Pay")]
    [InlineData("/Finds?q=工程师")]
    public async Task KeywordSearch_OnTheDatabase_CountsInPageOrderUpToTheCap(string url)
    {
        using var browser = app.CreateClient();

        var (response, commands) = await app.UncachedAsync(browser, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        CappedListTests.AssertJobsCountedInPageOrder(commands);
    }

    public sealed class DatabaseSearchAppFactory : CappedListTests.RecordingAppFactory
    {
        public DatabaseSearchAppFactory() => WithSetting("Jobs:Search:Enabled", "false");
    }
}
