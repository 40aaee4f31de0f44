using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Yincai.Platform;

/// <summary>
/// Chooses the provider from <c>Database:Provider</c> and the connection string <c>ConnectionStrings:Yincai</c>.
/// Each provider has its own migrations assembly, built beside Yincai.Web (see the csproj).
/// </summary>
public static class DatabaseOptions
{
    public const string ConnectionStringName = "Yincai";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        configuration["Database:Provider"] is { Length: > 0 } name
            ? Enum.Parse<DatabaseProvider>(name, ignoreCase: true)
            : DatabaseProvider.Sqlite;

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = Migrations.GetOrAdd(provider, MigrationsAssembly);
        // Capped counts (PagedList) take N rows in no particular order on purpose: any N rows tell "more than N".
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(PostgresConnectionString(connectionString), o => o.MigrationsAssembly(migrations));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations));
                break;
        }
    }

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on unless it says otherwise: a statement a pooled connection
    /// has run five times is prepared on the server and kept while the pool reuses the connection, so PostgreSQL stops parsing
    /// and planning it on every request (an event registration: 9–51 % more a second, pair by pair; bench/README.md).
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        // Npgsql reads "Max Auto Prepare" and "MaxAutoPrepare" alike; a value of its own, 0 included, is the operator's choice.
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured }.Keys.Cast<string>();
        if (keys.Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return configured;
        return new NpgsqlConnectionStringBuilder(configured) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }

    /// <summary>Statements kept prepared per connection (the least used are dropped beyond it): a page runs a few dozen kinds.</summary>
    public const int MaxAutoPrepare = 64;

    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        if (configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured) return configured;
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "yincai.db")}";
    }

    // Found once: scanning the loaded assemblies' names cost a fifth of a cached page's CPU when done per DbContext.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProvider, Assembly> Migrations = new();

    private static Assembly MigrationsAssembly(DatabaseProvider provider)
    {
        var name = provider == DatabaseProvider.Postgres ? "Yincai.Migrations.Postgres" : "Yincai.Migrations.Sqlite";
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
        if (loaded is not null) return loaded;
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            // The web host does not reference the migrations projects (they reference it), so they are not in
            // its deps.json: load the copy the build placed next to Yincai.Web.dll.
            return Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, name + ".dll"));
        }
    }
}
