using Microsoft.EntityFrameworkCore;
using Npgsql;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>A PostgreSQL database of its own for a benchmark, created fresh and migrated like production.</summary>
public static class BenchDatabase
{
    /// <summary>The server from YINCAI_BENCH_POSTGRES (or --pg), e.g. the cluster of scripts/pg-test-cluster.sh.</summary>
    public static string ServerConnectionString(string? argument) =>
        argument ?? Environment.GetEnvironmentVariable("YINCAI_BENCH_POSTGRES")
        ?? Environment.GetEnvironmentVariable("YINCAI_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set YINCAI_BENCH_POSTGRES (or pass --pg) to a PostgreSQL connection string.");

    public static async Task<string> CreateAsync(string server, string name, bool keepExisting = false)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", connection);
            var found = await exists.ExecuteScalarAsync() is not null;
            if (found && keepExisting) return Database(server, name);
            if (found)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var database = Database(server, name);
        await using var db = Open(database);
        await db.Database.MigrateAsync();
        return database;
    }

    public static YincaiDb Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<YincaiDb>();
        DatabaseOptions.Configure(options, DatabaseProvider.Postgres, connectionString);
        return new YincaiDb(options.Options);
    }

    private static string Database(string server, string name) =>
        new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
}
