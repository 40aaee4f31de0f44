using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yincai.IntegrationTests.Platform;

/// <summary>Probes come every few seconds from every load balancer: liveness never asks the database for its migrations,
/// and readiness asks once, then answers from what it learnt.</summary>
public sealed class HealthTests(HealthTests.CountingAppFactory app) : IClassFixture<HealthTests.CountingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Liveness_ProbedRepeatedly_NeverQueriesMigrations()
    {
        using var client = app.CreateClient();
        app.Migrations.Reset();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/health", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, app.Migrations.Count);
    }

    [Fact]
    public async Task Readiness_ProbedRepeatedly_QueriesMigrationsOnlyForTheFirst()
    {
        using var client = app.CreateClient();
        using (await client.GetAsync("/health/ready", Ct)) { }
        app.Migrations.Reset();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(DatabaseHealthCheck.PingLifetime / 2, Ct);
            using var response = await client.GetAsync("/health/ready", Ct);
            statuses.Add(response.StatusCode);
        }

        // Once all migrations are applied, they are not asked for again (the ping, cached, still runs).
        Assert.Equal(0, app.Migrations.Count);
        Assert.Contains(HttpStatusCode.OK, statuses);
    }

    public sealed class CountingAppFactory : YincaiAppFactory
    {
        public MigrationQueries Migrations { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(Migrations)));
        }
    }

    /// <summary>Counts the commands that read the migrations history (what GetPendingMigrationsAsync sends).</summary>
    public sealed class MigrationQueries : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result)
        {
            Seen(command);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Seen(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Seen(command);
            return base.ScalarExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Seen(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Seen(DbCommand command)
        {
            if (command.CommandText.Contains("__EFMigrationsHistory", StringComparison.Ordinal)) Interlocked.Increment(ref _count);
        }
    }
}
