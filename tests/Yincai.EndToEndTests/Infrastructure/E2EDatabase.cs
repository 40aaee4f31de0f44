using Microsoft.Data.Sqlite;
using Npgsql;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// A database of the app's own for one test class: a temporary SQLite file, or, when
/// <c>YINCAI_TEST_POSTGRES</c> holds a connection string, a fresh PostgreSQL database dropped at the end.
/// </summary>
public sealed class E2EDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private E2EDatabase(string provider, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    /// <summary>The value for <c>Database:Provider</c>.</summary>
    public string Provider { get; }

    /// <summary>The value for <c>ConnectionStrings:Yincai</c>.</summary>
    public string ConnectionString { get; }

    public static async Task<E2EDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var postgres = Environment.GetEnvironmentVariable("YINCAI_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            var folder = Path.Combine(Path.GetTempPath(), "yincai-e2e-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new E2EDatabase("Sqlite", $"Data Source={Path.Combine(folder, "e2e.db")}", folder, null, null);
        }

        var name = "yincai_e2e_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var app = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
        return new E2EDatabase("Postgres", app, null, postgres, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open somewhere only leaves a folder behind in /tmp.
            }
        }

        if (postgresAdmin is not null && postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
