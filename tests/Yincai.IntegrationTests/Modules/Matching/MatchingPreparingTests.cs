using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>
/// The matching index's first build fails (its source, the database, away at start): matching pages, the home panel and
/// the API say matching is being prepared, <c>/health/ready</c> says why while <c>/health</c> stays alive; once the source is
/// back a retry builds the index and everything works, without a restart.
/// </summary>
public sealed class MatchingPreparingTests(MatchingPreparingTests.FailingSourceAppFactory app) : IClassFixture<MatchingPreparingTests.FailingSourceAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndexBuild_FailsAtFirst_PagesAndApiSayPreparing_ThenARetryBuildsItAndTheyWork()
    {
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        await app.JobAsync(employerUser.Id, MatchingTestData.Job($"数据分析师{word}", tags: $"数据分析,{word}"));
        var (talentUser, _) = await app.FindableTalentAsync(skills: ["数据分析", word]);
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Source.Failures >= 2), seconds: 30),
            "The build is tried again after it failed.");
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talentUser.UserName, talentUser.Password);
        using var api = app.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync(talentUser.UserName, talentUser.Password));
        using var anonymous = app.CreateClient();

        var pageWhileFailing = await browser.GetStringAsync("/Matching", Ct);
        var homeWhileFailing = await browser.GetStringAsync("/Workspace/Home", Ct);
        using var apiWhileFailing = await api.GetAsync("/api/v1/matching/me", Ct);
        using var readyWhileFailing = await anonymous.GetAsync("/health/ready", Ct);
        using var liveWhileFailing = await anonymous.GetAsync("/health", Ct);
        app.Source.Failing = false;
        var recovered = await MatchingTestData.EventuallyAsync(async () =>
        {
            using var ready = await anonymous.GetAsync("/health/ready", Ct);
            return ready.StatusCode == HttpStatusCode.OK;
        }, seconds: 30);
        var pageAfter = await browser.GetStringAsync("/Matching", Ct);
        using var apiAfter = await api.GetAsync("/api/v1/matching/me", Ct);

        Assert.Contains("人岗匹配正在准备中", pageWhileFailing, StringComparison.Ordinal);
        Assert.Contains("人岗匹配正在准备中", homeWhileFailing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiWhileFailing.StatusCode);
        Assert.True(apiWhileFailing.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 says when to ask again.");
        Assert.Contains("matching.preparing", await apiWhileFailing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileFailing.StatusCode);
        var readiness = await readyWhileFailing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("matching-index", readiness, StringComparison.Ordinal);
        Assert.Contains("failedAttempts", readiness, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, liveWhileFailing.StatusCode);
        Assert.True(recovered, "A retry builds the index once its source is back.");
        Assert.DoesNotContain("人岗匹配正在准备中", pageAfter, StringComparison.Ordinal);
        Assert.Contains($"数据分析师{word}", pageAfter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apiAfter.StatusCode);
    }

    /// <summary>The app whose matching index source fails while <see cref="FailingIndexSource.Failing"/>, retrying quickly.</summary>
    public sealed class FailingSourceAppFactory : YincaiAppFactory
    {
        public FailingIndexSource Source { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Matching:RetryFirstMilliseconds", "100");
            builder.UseSetting("Matching:RetryMaxMilliseconds", "400");
            builder.ConfigureTestServices(services => services.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(Source)));
        }
    }

    /// <summary>Fails the index build's first read (the change feed's head) while <see cref="Failing"/>, as a database away would.</summary>
    public sealed class FailingIndexSource : DbCommandInterceptor
    {
        private int _failures;
        private volatile bool _failing = true;

        public bool Failing { get => _failing; set => _failing = value; }

        public int Failures => Volatile.Read(ref _failures);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result)
        {
            Fail(command);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Fail(DbCommand command)
        {
            if (!_failing || !command.CommandText.Contains("platform_change_feed", StringComparison.Ordinal)
                || !command.CommandText.Contains("max(", StringComparison.OrdinalIgnoreCase)) return;
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("Test: the matching index's source is away.");
        }
    }
}
