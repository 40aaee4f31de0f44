using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Platform;

/// <summary>Start-up: applies migrations, loads every module's reference data, and on an empty database the demo data.</summary>
public sealed class DatabaseInitializer(YincaiDb db, IEnumerable<IReferenceData> referenceData, DemoData demo,
    AccountDirectory accounts, IConfiguration configuration)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var folder = Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
                db.Database.GetConnectionString()).DataSource);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        // An index built on a province's million rows takes minutes, not the 30 s a page's command may.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(configuration.GetValue("Database:MigrationTimeoutMinutes", 240)));
        try { await db.Database.MigrateAsync(cancellationToken); }
        finally { db.Database.SetCommandTimeout(timeout); }
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        foreach (var data in referenceData.OrderBy(d => d.Order))
            await data.LoadAsync(cancellationToken);
        await accounts.ProtectLegacyMobilesAsync(cancellationToken);

        if (configuration.GetValue("Demo:SeedOnFirstStart", true) && !await accounts.AnyAsync(cancellationToken))
            await demo.SeedAsync(cancellationToken);
    }
}

public static class DatabaseInitializerExtensions
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
