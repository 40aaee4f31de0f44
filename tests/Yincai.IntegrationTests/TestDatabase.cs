using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Yincai.IntegrationTests;

/// <summary>
/// One fresh database for one <see cref="YincaiAppFactory"/>: a SQLite file in its own temp folder (a file, not
/// <c>:memory:</c>, because the app opens several connections at once), or, when <c>YINCAI_TEST_POSTGRES</c> names a
/// server where we are superuser, a new uniquely named database on it that is dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "YINCAI_TEST_POSTGRES";

    // test.sh says which run this is; a "postgres" run without a server must fail, not quietly test SQLite.
    private const string ProviderVariable = "YINCAI_TEST_DB";

    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;
    private readonly string? _folder;
    private readonly bool _shared;
    private bool _created;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? serverConnectionString, string? databaseName, string? folder,
        bool shared = false)
    {
        _shared = shared;
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
        _folder = folder;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>What the app gets as <c>ConnectionStrings:Yincai</c>.</summary>
    public string ConnectionString { get; }

    public static DatabaseProvider ProviderFromEnvironment()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        return Environment.GetEnvironmentVariable(ProviderVariable)?.Trim().ToLowerInvariant() switch
        {
            null or "" => string.IsNullOrWhiteSpace(server) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" when !string.IsNullOrWhiteSpace(server) => DatabaseProvider.Postgres,
            "postgres" => throw new InvalidOperationException($"{ProviderVariable}=postgres needs {PostgresVariable} (a connection string)."),
            var other => throw new InvalidOperationException($"{ProviderVariable} must be sqlite or postgres, not '{other}'."),
        };
    }

    public static TestDatabase FromEnvironment()
    {
        if (ProviderFromEnvironment() == DatabaseProvider.Postgres)
        {
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable));
            var name = "yincai_test_" + Guid.NewGuid().ToString("N");
            var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
            return new TestDatabase(DatabaseProvider.Postgres, database.ConnectionString, server.ConnectionString, name, null);
        }

        var folder = Path.Combine(Path.GetTempPath(), "yincai-tests", Guid.NewGuid().ToString("N"));
        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "yincai.db") };
        return new TestDatabase(DatabaseProvider.Sqlite, file.ConnectionString, null, null, folder);
    }

    /// <summary>The same database for a second running copy of the app; the first one's owner creates and drops it.</summary>
    public TestDatabase SharedCopy() => new(Provider, ConnectionString, null, null, null, shared: true);

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        if (_shared) return;
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var server = new NpgsqlConnection(_serverConnectionString);
            await server.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            // The app creates the file; the folder is ours so that the -wal and -shm files go with it.
            Directory.CreateDirectory(_folder!);
        }
        _created = true;
    }

    /// <summary>A raw ADO.NET connection to the same database, opened: for what the app must never do (tampering).</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_created) return;
        _created = false;
        if (Provider == DatabaseProvider.Postgres)
        {
            await using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
            await using var server = new NpgsqlConnection(_serverConnectionString);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            await using (var pooled = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(pooled);
            Directory.Delete(_folder!, recursive: true);
        }
    }
}
