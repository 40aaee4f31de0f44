using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Yincai.IntegrationTests;

/// <summary>What tests of a migration's backfill and indexes need: the database taken back before the migration and
/// forward again (rows stored before it then get what the migration computes), and the names of a table's indexes.</summary>
public static class MigrationTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Reverts to the migration before the one whose name ends with <paramref name="suffix"/> (e.g. "_TalentSearchText"),
    /// then applies everything again.</summary>
    public static Task RemigrateFromAsync(this YincaiAppFactory app, string suffix) => app.WithDbAsync(async db =>
    {
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith(suffix, StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before, Ct);
        await migrator.MigrateAsync(null, Ct);
    });

    public static async Task<List<string>> IndexNamesAsync(this YincaiAppFactory app, string table)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = app.Provider == DatabaseProvider.Postgres
            ? $"SELECT indexname FROM pg_indexes WHERE tablename = '{table}'"
            : $"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) names.Add(reader.GetString(0));
        return names;
    }
}
