using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Yincai.IntegrationTests.Platform;

/// <summary>Migrations of both providers are complete and applied; /health says so.</summary>
public sealed class DatabaseTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetPendingMigrations_AfterStartup_IsEmptyAndAllAreApplied()
    {
        var (pending, applied, known) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync(Ct)).ToList(),
            (await db.Database.GetAppliedMigrationsAsync(Ct)).ToList(),
            db.Database.GetMigrations().ToList()));

        Assert.Empty(pending);
        Assert.NotEmpty(known);
        Assert.Equal(known, applied);
    }

    [Fact]
    public async Task HasPendingModelChanges_AppDatabase_IsFalse()
    {
        var (provider, changes) = await app.WithDbAsync(db => Task.FromResult(
            (db.Database.ProviderName, db.Database.HasPendingModelChanges())));

        Assert.Equal(app.Provider == DatabaseProvider.Postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
        Assert.False(changes, $"the model has changes that no {app.Provider} migration holds: add one (dotnet ef migrations add)");
    }

    /// <summary>Both providers in every run, whichever database the run uses: the check compares the model with
    /// the migrations' snapshot and needs no server. The connection strings lead nowhere, which proves it.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=/nonexistent-yincai-folder/never.db;Mode=ReadOnly")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=1;Database=never;Username=nobody;Timeout=1")]
    public void HasPendingModelChanges_EachProviderWithoutServer_IsFalse(DatabaseProvider provider, string unreachable)
    {
        var options = new DbContextOptionsBuilder<YincaiDb>();
        DatabaseOptions.Configure(options, provider, unreachable);
        using var db = new YincaiDb(options.Options);

        var changes = db.Database.HasPendingModelChanges();

        Assert.False(changes, $"the model has changes that no {provider} migration holds: add one (dotnet ef migrations add)");
        Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    /// <summary>On PostgreSQL a statement the app runs again and again on a pooled connection is prepared on the server, so
    /// it is no longer parsed and planned for every request; a connection string that sets its own limit keeps it.</summary>
    [Fact]
    public async Task RepeatedQuery_OnPostgres_IsPreparedOnTheServer()
    {
        if (app.Provider != DatabaseProvider.Postgres) return; // SQLite prepares within its own process

        var prepared = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            for (var i = 0; i < 6; i++) await db.Regions.Where(r => r.Code == "370202").Select(r => r.Name).SingleAsync(Ct);
            return await db.Database.SqlQueryRaw<string>(
                "SELECT statement AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%regions_region%'").ToListAsync(Ct);
        });

        Assert.NotEmpty(prepared); // not Single: the app may have repeated other region queries on the same pooled connection
        Assert.Equal(DatabaseOptions.MaxAutoPrepare, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.PostgresConnectionString("Host=h")).MaxAutoPrepare);
        Assert.Equal(5, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.PostgresConnectionString("Host=h;Max Auto Prepare=5")).MaxAutoPrepare);
        Assert.Equal(0, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.PostgresConnectionString("Host=h;maxautoprepare=0")).MaxAutoPrepare);
    }

    /// <summary>A statement the connection prepared while a table was small keeps a plan that reads the table whole; the
    /// import's look-ups by ID number read a table its own transaction is filling (bench/README.md: an import of 100,000
    /// people took twice as long), so they are planned for the table as it is now.</summary>
    [Fact]
    public async Task BulkWork_OnPostgres_PlansForTheTableAsItIsNow()
    {
        if (app.Provider != DatabaseProvider.Postgres) return; // SQLite plans every statement

        var (cached, planned, after) = await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            async Task<List<string>> RunAsync(string sql, params object[] values)
            {
                await using var command = new Npgsql.NpgsqlCommand(sql, connection);
                foreach (var value in values) command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
                var lines = new List<string>();
                await using var reader = await command.ExecuteReaderAsync(Ct);
                while (await reader.ReadAsync(Ct)) lines.Add(reader.GetValue(0).ToString()!);
                return lines;
            }
            await RunAsync("CREATE TEMP TABLE plan_probe (k text PRIMARY KEY) ON COMMIT DROP");
            await RunAsync("ANALYZE plan_probe"); // statistics that say the table is empty, as on a new database
            var keys = Enumerable.Range(0, 1_000).Select(n => "x" + n).ToArray();
            // As a batch of look-ups by ID number: the same statement again and again, prepared by Npgsql after a few runs.
            for (var i = 0; i < 20; i++) await RunAsync("SELECT k FROM plan_probe WHERE k = ANY($1)", [keys]);
            await RunAsync("INSERT INTO plan_probe SELECT 'k' || n FROM generate_series(1, 50000) AS n");
            var name = Assert.Single(await RunAsync("SELECT name FROM pg_prepared_statements WHERE statement LIKE '%FROM plan_probe WHERE%'"));
            var explain = $"EXPLAIN EXECUTE {name}(ARRAY[{string.Join(',', keys.Select(k => $"'{k}'"))}])";
            var before = string.Join('\n', await RunAsync(explain));
            var now = string.Join('\n', await db.Database.PlannedForTablesAsTheyAreAsync(() => RunAsync(explain), Ct));
            return (before, now, Assert.Single(await RunAsync("SHOW plan_cache_mode")));
        });

        // The hazard, as the import met it: every row compared with every key of the batch, one by one (100,000 rows × 1,000).
        Assert.Contains("Seq Scan on plan_probe", cached);
        Assert.Contains("ANY ($1)", cached);
        // Planned for this run: the table's size now and the keys themselves (looked up by index, or hashed at worst).
        Assert.DoesNotContain("$1", planned);
        Assert.Equal("auto", after); // for that query only: the rest of the transaction plans as usual
    }

    [Fact]
    public async Task GetHealth_DatabaseMigrated_ReturnsHealthy()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A migration that builds an index on a province's million rows takes minutes: the start does not cut it off
    /// after the 30 s of an ordinary command, and the pages' commands keep their own timeout afterwards.</summary>
    [Fact]
    public async Task Start_MigrationCommands_RunWithTheMigrationTimeout()
    {
        var seen = new TimeoutsSeen();
        await using var fresh = YincaiAppFactory.Configured(b =>
        {
            b.UseSetting("Database:MigrationTimeoutMinutes", "90");
            b.ConfigureTestServices(s => s.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(seen)));
        });
        await fresh.InitializeAsync();
        var afterwards = await fresh.WithDbAsync(db => Task.FromResult(db.Database.GetCommandTimeout()));

        Assert.Contains(90 * 60, seen.CreateTable);
        Assert.DoesNotContain(seen.CreateTable, t => t != 90 * 60);
        Assert.NotEqual(90 * 60, afterwards ?? 30);
    }

    private sealed class TimeoutsSeen : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentBag<int> CreateTable { get; } = [];

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("CREATE TABLE", StringComparison.Ordinal)) CreateTable.Add(command.CommandTimeout);
            return ValueTask.FromResult(result);
        }
    }
}
