
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

    [Fact]
    public async Task GetHealth_DatabaseMigrated_ReturnsHealthy()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }
}
