using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>
/// Serialises everything that moves an event's seats on its <see cref="EventSeats"/> row: the first statement of each such
/// transaction writes that row, so PostgreSQL holds its row lock and SQLite its write lock (BEGIN IMMEDIATE) until commit.
/// SQLite answers SQLITE_BUSY when its busy timeout runs out under a burst; the whole transaction is then run again.
/// In front of the database lock, requests of this process queue on an in-memory gate per event (striped): a burst of a
/// thousand then waits here instead of as a thousand database sessions convoying on one row lock. The database lock alone
/// keeps the invariant across copies of the app.
/// </summary>
internal static class SeatLock
{
    private const int Attempts = 8;
    private static readonly SemaphoreSlim[] Gates = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Runs <paramref name="work"/> (which opens its own transaction) behind the event's gate, again when SQLite was busy.</summary>
    public static async Task<T> RunAsync<T>(YincaiDb db, Guid eventId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = Gates[(eventId.GetHashCode() & int.MaxValue) % Gates.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(db, work, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The transaction of a seat change. Without EF's savepoint around each save in it: the seat row is locked from the
    /// first statement to the commit, so every round trip to the database in between (a savepoint is two) holds up the event's
    /// next registration; a failed save rolls the whole transaction back anyway.</summary>
    public static Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(YincaiDb db, CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Takes a seat if one is free, else only a number: (number, seated). One statement each, so the row lock is
    /// taken by the first one and held for the rest of the transaction.</summary>
    public static async Task<(int Number, bool Seated)> TakeSeatAsync(YincaiDb db, Guid eventId, CancellationToken cancellationToken)
    {
        var seated = await db.Database.SqlQuery<int>($"""
            UPDATE events_seats SET "Taken" = "Taken" + 1, "Issued" = "Issued" + 1
            WHERE "EventId" = {eventId} AND "Taken" < "Capacity" RETURNING "Issued" AS "Value"
            """).ToListAsync(cancellationToken);
        if (seated.Count == 1) return (seated[0], true);
        var waiting = await db.Database.SqlQuery<int>($"""
            UPDATE events_seats SET "Issued" = "Issued" + 1 WHERE "EventId" = {eventId} RETURNING "Issued" AS "Value"
            """).ToListAsync(cancellationToken);
        return (waiting.Single(), false);
    }

    public static Task<int> TakeAsync(YincaiDb db, Guid eventId, CancellationToken cancellationToken) =>
        db.EventSeats.Where(s => s.EventId == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Issued, x => x.Issued), cancellationToken);

    private static async Task<T> RunAsync<T>(YincaiDb db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Exception e) when (attempt < Attempts && IsBusy(e))
            {
                db.ForgetUnsaved();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), cancellationToken);
            }
        }
    }

    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: 5 or 6 } // SQLITE_BUSY, SQLITE_LOCKED
        || e.InnerException is SqliteException { SqliteErrorCode: 5 or 6 }
        || e is InvalidOperationException { InnerException: SqliteException { SqliteErrorCode: 5 or 6 } };
}
