using System.Net.Sockets;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Platform.Protection;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>Accounts that want e-mail, messages queued and delivery rounds run, as the app does them, through its services.</summary>
public static class NotificationsTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A registered talent whose preferences send e-mail (and SMS) to an address of its own, in
    /// <paramref name="culture"/>, with no quiet hours unless given.</summary>
    public static async Task<(TestAccount Account, string Email)> ReaderAsync(this YincaiAppFactory app, string culture = "zh-CN",
        TimeOnly? quietFrom = null, TimeOnly? quietUntil = null)
    {
        var account = await app.RegisterAsync(AccountKind.Talent);
        var email = TestMailServer.NewAddress("reader");
        await app.WithDbAsync(async db =>
        {
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var preference = new NotificationPreference(account.Id, now);
            preference.Change(email: true, sms: true, email, quietFrom, quietUntil, culture, digest: true, now);
            db.NotificationPreferences.Add(preference);
            await db.SaveChangesAsync(Ct);
        });
        return (account, email);
    }

    /// <summary>Tells <paramref name="userId"/> a message of <paramref name="kind"/>, as a module does: queued, then saved with
    /// the caller's change.</summary>
    public static Task NotifyAsync(this YincaiAppFactory app, Guid userId, NotificationKind kind, params string[] values) =>
        app.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<Notifier>().NotifyAsync(userId, kind, values, "/Jobs", Ct);
            await services.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
        });

    /// <summary>The outbox rows to <paramref name="address"/>, oldest first (found by the blind index, as the app finds them).</summary>
    public static Task<List<OutboxMessage>> OutboxToAsync(this YincaiAppFactory app, Channel channel, string address)
    {
        var index = app.Services.GetRequiredService<FieldProtection>().BlindIndex(OutboxMessage.Normalise(channel, address));
        return app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.AddressIndex == index)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id).ToListAsync(Ct));
    }

    /// <summary>The attempts recorded for <paramref name="messageId"/>, oldest first.</summary>
    public static Task<List<DeliveryAttempt>> AttemptsAsync(this YincaiAppFactory app, Guid messageId) =>
        app.WithDbAsync(db => db.DeliveryAttempts.AsNoTracking().Where(a => a.MessageId == messageId)
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id).ToListAsync(Ct));

    /// <summary>What the development gateway kept for <paramref name="address"/> (no SMTP server / SMS gateway configured).</summary>
    public static Task<List<DevelopmentMessage>> KeptForAsync(this YincaiAppFactory app, Channel channel, string address)
    {
        var index = app.Services.GetRequiredService<FieldProtection>().BlindIndex(OutboxMessage.Normalise(channel, address));
        return app.WithDbAsync(db => db.DevelopmentMessages.AsNoTracking().Where(m => m.AddressIndex == index)
            .OrderBy(m => m.AtUtc).ThenBy(m => m.Id).ToListAsync(Ct));
    }

    /// <summary>One round of the sender, in a scope of its own (as the background sender runs it).</summary>
    public static Task<int> DeliverAsync(this YincaiAppFactory app) =>
        app.WithServicesAsync(services => services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(Ct));

    /// <summary>Rounds until one finds nothing due; returns how many messages they sent.</summary>
    public static async Task<int> DeliverAllAsync(this YincaiAppFactory app)
    {
        var total = 0;
        for (var round = 0; round < 100; round++)
        {
            var sent = await app.DeliverAsync();
            total += sent;
            if (sent == 0) return total;
        }
        throw new InvalidOperationException("The sender kept finding due messages for 100 rounds.");
    }

    /// <summary>One round of the sender whose e-mail goes through <paramref name="email"/> (given the app's own transport).</summary>
    public static Task<int> DeliverThroughAsync(this YincaiAppFactory app, Func<IEmailTransport, IEmailTransport> email,
        CancellationToken cancellationToken) =>
        app.WithServicesAsync(services => ActivatorUtilities.CreateInstance<OutboxDelivery>(services,
            email(services.GetRequiredService<IEmailTransport>())).DeliverDueAsync(cancellationToken));

    /// <summary>The current (UI) culture of the calling flow set to zh-CN, the app's default: as in a request without a culture cookie.</summary>
    public static void InChinese() =>
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Asks <paramref name="done"/> every 100 ms until it says yes (true) or <paramref name="timeout"/> (10 s) passed (false).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan? timeout = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(10))) return false;
            await Task.Delay(100, Ct);
        }
        return true;
    }

    /// <summary>Moves the fake clock on to the next whole second and returns it: instants the test computes from it then
    /// compare equal to those read back from PostgreSQL, which keeps microseconds, not the clock's 100 ns ticks.</summary>
    public static DateTime NextWholeSecond(this FakeClockAppFactory app)
    {
        var now = app.Time.GetUtcNow().UtcDateTime;
        var next = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc).AddSeconds(1);
        app.SetUtc(next);
        return next;
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (taken and closed again at once).</summary>
    public static int ClosedPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}

/// <summary>An e-mail transport that runs <paramref name="after"/> after each message the real one accepted (given how many so
/// far), and <paramref name="before"/> before each one (given how many were accepted before it): a test stops the round
/// there, or lets time pass, or lets another round run.</summary>
public sealed class WatchedTransport(IEmailTransport inner, Func<int, OutgoingMessage, Task> after, Func<int, OutgoingMessage, Task>? before = null)
    : IEmailTransport
{
    private int _sent;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (before is not null) await before(Volatile.Read(ref _sent), message);
        await inner.SendAsync(message, cancellationToken);
        await after(Interlocked.Increment(ref _sent), message);
    }
}
