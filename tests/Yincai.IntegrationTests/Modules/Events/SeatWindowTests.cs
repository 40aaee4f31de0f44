using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yincai.Modules.Events;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>
/// Issue 16: while a registration holds its event's seat row, the event's next registration waits, so every round trip to
/// the database in that window is paid by the whole queue (with the database on another host, each is a network round
/// trip). The window holds the seat's update and the one batch of writes only: no savepoint around the save and no read of
/// the talent's audit key, which is read before the seat is taken.
/// </summary>
public sealed class SeatWindowTests(SeatWindowTests.WindowAppFactory app) : IClassFixture<SeatWindowTests.WindowAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_WhileTheSeatRowIsHeld_SendsTheSeatUpdateAndOneBatchOfWritesOnly()
    {
        var item = await app.PublishedEventAsync(capacity: 5);
        var talent = Guid.CreateVersion7();

        app.Window.Start();
        var result = await app.RegisterAsync(item.Id, talent);
        var sent = app.Window.Stop();

        Assert.False(result.IsError, result.Error?.Code);
        var shown = "sent while the seat row was held:\n" + string.Join("\n---\n", sent);
        Assert.True(sent.Count >= 2, shown);
        Assert.True(sent[0].TrimStart().StartsWith("UPDATE events_seats", StringComparison.Ordinal), shown);
        Assert.True(sent.Skip(1).All(c => c.TrimStart().StartsWith("INSERT INTO", StringComparison.Ordinal)), shown);
        var writes = string.Join('\n', sent.Skip(1));
        Assert.Contains("events_registration", writes, StringComparison.Ordinal);
        Assert.Contains("audit_entry", writes, StringComparison.Ordinal);
        // PostgreSQL takes the writes as one batch, one round trip (SQLite, in the process, runs a statement at a time).
        if (app.Provider == DatabaseProvider.Postgres) Assert.True(sent.Count == 2, shown);
        // Its audit row was written with the talent's key, which was read (made, for a new talent) before the window.
        Assert.True(await app.WithDbAsync(db => db.DataSubjectKeys.AnyAsync(k => k.SubjectId == talent, Ct)));
    }

    /// <summary>SQLite answered busy in the middle of the save: the whole registration runs again, and the talent's audit key,
    /// made for the first try and never stored, is made again and stored, so that the audit row stays readable.</summary>
    [Fact]
    public async Task Register_SqliteBusyDuringTheSave_RunsAgainAndStoresTheKeyOfItsAuditRow()
    {
        Assert.SkipWhen(app.Provider == DatabaseProvider.Postgres, "SQLite only: a busy database is what is run again");
        var item = await app.PublishedEventAsync(capacity: 5);
        var talent = Guid.CreateVersion7();

        app.Busy.Arm();
        var result = await app.RegisterAsync(item.Id, talent);

        Assert.False(result.IsError, result.Error?.Code);
        Assert.True(app.Busy.Thrown, "the save was not interrupted");
        Assert.Equal(1, await app.WithDbAsync(db => db.EventSeats.Where(s => s.EventId == item.Id).Select(s => s.Taken).SingleAsync(Ct)));
        var after = await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<YincaiDb>();
            var id = result.Value!.Id.ToString();
            var row = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(EventRegistration) && a.EntityId == id, Ct);
            var keys = new Yincai.Modules.Audit.SubjectKeyRing(services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>());
            await keys.LoadAsync(db, [talent], [], create: false, DateTime.MinValue, Ct);
            return keys.Reveal(row.After, "erased");
        });
        Assert.Contains("测**员", after, StringComparison.Ordinal);
    }

    public sealed class WindowAppFactory : YincaiAppFactory
    {
        public SeatWindow Window { get; } = new();

        public BusyOnce Busy { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(Window, Busy)));
        }
    }

    /// <summary>Once armed, answers the next insert of a registration as SQLite does when another writer holds the file.</summary>
    public sealed class BusyOnce : DbCommandInterceptor
    {
        private int _armed;

        public bool Thrown { get; private set; }

        public void Arm() { Thrown = false; Volatile.Write(ref _armed, 1); }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interrupt(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interrupt(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Interrupt(DbCommand command)
        {
            if (!command.CommandText.Contains("INSERT INTO \"events_registration\"", StringComparison.Ordinal) || Interlocked.Exchange(ref _armed, 0) == 0) return;
            Thrown = true;
            throw new Microsoft.Data.Sqlite.SqliteException("database is locked", 5);
        }
    }

    /// <summary>What a context sends from its seat update to its commit: each command, and a savepoint as one more.</summary>
    public sealed class SeatWindow : IDbCommandInterceptor, IDbTransactionInterceptor
    {
        private readonly ConcurrentQueue<string> _sent = new();
        private volatile bool _watching;
        private DbContext? _holder;

        public void Start() { _sent.Clear(); _holder = null; _watching = true; }

        public IReadOnlyList<string> Stop() { _watching = false; return _sent.ToList(); }

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Sent(command, eventData.Context);
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Sent(command, eventData.Context);
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Sent(command, eventData.Context);
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (_watching && _holder is not null && ReferenceEquals(eventData.Context, _holder)) _sent.Enqueue("SAVEPOINT");
            return ValueTask.FromResult(result);
        }

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (_holder is not null && ReferenceEquals(eventData.Context, _holder)) _watching = false;
            return Task.CompletedTask;
        }

        private void Sent(DbCommand command, DbContext? context)
        {
            if (!_watching) return;
            if (_holder is null && command.CommandText.TrimStart().StartsWith("UPDATE events_seats", StringComparison.Ordinal))
                _holder = context;
            if (_holder is not null && ReferenceEquals(context, _holder)) _sent.Enqueue(command.CommandText);
        }
    }
}
