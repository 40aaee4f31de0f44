using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Yincai.Platform;

/// <summary>
/// A query that bulk work repeats on a table the same transaction is filling (an import's look-ups of what is on file) is planned
/// for the table as it is now. Npgsql prepares a statement that a pooled connection repeats (<see cref="DatabaseOptions.MaxAutoPrepare"/>),
/// and PostgreSQL may then keep one generic plan for it. Made while the talents table was empty, that plan read the whole
/// table for every batch and compared each row with each of the batch's 1,000 keys: an import of 100,000 people into a new
/// database took 60–115 s instead of about 30 (bench/README.md). No ANALYZE sees rows that a transaction has not committed,
/// so only a plan made for each run knows how many there are.
/// </summary>
public static class CustomPlans
{
    /// <summary>Runs <paramref name="query"/> with a plan of its own inside the current PostgreSQL transaction; otherwise
    /// (SQLite plans every statement; no transaction, no growing table) just runs it.</summary>
    public static async Task<T> PlannedForTablesAsTheyAreAsync<T>(this DatabaseFacade database, Func<Task<T>> query,
        CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql() || database.CurrentTransaction is null) return await query();
        await database.ExecuteSqlAsync($"SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        var result = await query();
        // Only this query: planning every statement of a bulk write cost more than it saved (an import: 40–44 s against 30–37 s).
        await database.ExecuteSqlAsync($"SET LOCAL plan_cache_mode = DEFAULT", cancellationToken);
        return result;
    }
}
