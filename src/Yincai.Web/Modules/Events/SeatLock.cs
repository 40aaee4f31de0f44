using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>
/// Serialises everything that moves an event's seats on its <see cref="EventSeats"/> row: the first statement of each such
/// transaction writes that row, so PostgreSQL holds its row lock and SQLite its write lock (BEGIN IMMEDIATE) until commit.
/// SQLite answers SQLITE_BUSY when its busy timeout runs out under a burst; the whole transaction is then run again.
/// </summary>
internal static class SeatLock
{
    private const int Attempts = 8;

    public static Task<int> TakeAsync(YincaiDb db, Guid eventId, CancellationToken cancellationToken) =>
        db.EventSeats.Where(s => s.EventId == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Issued, x => x.Issued), cancellationToken);

    public static async Task<T> RunAsync<T>(YincaiDb db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Exception e) when (attempt < Attempts && IsBusy(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), cancellationToken);
            }
        }
    }

    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: 5 or 6 } // SQLITE_BUSY, SQLITE_LOCKED
        || e.InnerException is SqliteException { SqliteErrorCode: 5 or 6 }
        || e is InvalidOperationException { InnerException: SqliteException { SqliteErrorCode: 5 or 6 } };
}
