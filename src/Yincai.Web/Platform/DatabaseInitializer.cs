using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts;
using Yincai.Modules.Regions;

namespace Yincai.Platform;

/// <summary>Start-up: applies migrations, loads reference data and roles, and on an empty database the demo data.</summary>
public sealed class DatabaseInitializer(YincaiDb db, ReferenceDataLoader referenceData, RoleManager<AppRole> roles,
    DemoData demo, IConfiguration configuration)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var folder = Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
                db.Database.GetConnectionString()).DataSource);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        await referenceData.LoadAsync(cancellationToken);
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));

        if (configuration.GetValue("Demo:SeedOnFirstStart", true) && !await db.Users.AnyAsync(cancellationToken))
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
