using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// Each e-mail reaches the reader's mailbox once, whatever happens to the sender: stopped mid-batch (a deploy, a crash),
/// holding messages when its copy died, or slower than its lease. Checked at a real SMTP server, by Message-ID (the outbox id).
/// </summary>
public sealed class OutboxExactlyOnceTests(NotificationsApp fixture) : IClassFixture<NotificationsApp>
{
    private readonly FakeClockAppFactory _app = fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeSpan Lease => _app.Services.GetRequiredService<IOptions<NotificationsOptions>>().Value.Lease;

    private async Task<(string Email, List<OutboxMessage> Queued)> QueueAsync(int count)
    {
        var (reader, email) = await _app.ReaderAsync();
        for (var i = 0; i < count; i++) await _app.NotifyAsync(reader.Id, NotificationKinds.NewApplication, $"岗位{i}");
        var queued = await _app.OutboxToAsync(Channel.Email, email);
        Assert.Equal(count, queued.Count);
        Assert.All(queued, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        return (email, queued);
    }

    private static string MessageId(OutboxMessage m) => m.Id.ToString("N") + "@yincai";

    /// <summary>Every queued message reached the server exactly once, and each row says Sent after one successful attempt.</summary>
    private async Task AssertEachSentOnceAsync(string email, List<OutboxMessage> queued)
    {
        var received = await TestMailServer.WaitForAsync(email, queued.Count);
        var twice = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => $"{g.Key} ({g.Count()} times)").ToList();
        Assert.True(twice.Count == 0, $"Of {queued.Count} messages, {received.Count} arrived; sent more than once: {string.Join(", ", twice)}");
        Assert.Equal(queued.Select(MessageId).Order(), received.Select(m => m.MessageId).Order());
        foreach (var row in await _app.OutboxToAsync(Channel.Email, email))
        {
            Assert.Equal(OutboxStatus.Sent, row.Status);
            Assert.Null(row.LeaseOwner);
            Assert.Single(await _app.AttemptsAsync(row.Id), a => a.Succeeded);
        }
    }

    [Fact]
    public async Task ASenderStoppedMidBatch_LeavesWhatItSentAsSent_AndTheNextRoundSendsOnlyTheRest()
    {
        var (email, queued) = await QueueAsync(6);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // The app is stopped after the third message was accepted (its round's token is cancelled, as on shutdown).
        var stopped = await Record.ExceptionAsync(() => _app.DeliverThroughAsync(
            inner => new WatchedTransport(inner, (sent, _) =>
            {
                if (sent == 3) stop.Cancel();
                return Task.CompletedTask;
            }), stop.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal(3, TestMailServer.MessagesTo(email).Count);
        var afterStop = await _app.OutboxToAsync(Channel.Email, email);
        Assert.Equal(3, afterStop.Count(m => m.Status == OutboxStatus.Sent));
        // What it did not get to is given back at once: the next copy need not wait for the lease.
        Assert.All(afterStop.Where(m => m.Status == OutboxStatus.Pending), m => Assert.Null(m.LeaseOwner));

        // After the restart (a new scope, as a new process), with no time passed.
        await _app.DeliverAllAsync();

        await AssertEachSentOnceAsync(email, queued);
    }

    [Fact]
    public async Task MessagesLeasedByACopyThatDied_WaitForTheLeaseToEnd_ThenAreSentOnce()
    {
        var (email, queued) = await QueueAsync(4);
        var ids = queued.Select(m => m.Id).ToList();
        var now = _app.Time.GetUtcNow().UtcDateTime;
        // A copy took them in a round and died before sending any (its finally never ran).
        await _app.WithDbAsync(db => db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseOwner, Guid.NewGuid()).SetProperty(m => m.LeaseUntilUtc, now + Lease), Ct));

        await _app.DeliverAllAsync();
        Assert.Empty(TestMailServer.MessagesTo(email));
        Assert.All(await _app.OutboxToAsync(Channel.Email, email), m => Assert.Equal(OutboxStatus.Pending, m.Status));

        _app.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        await _app.DeliverAllAsync();

        await AssertEachSentOnceAsync(email, queued);
    }

    [Fact]
    public async Task ARoundSlowerThanItsLease_DoesNotSendAgainWhatAnotherRoundTookOver()
    {
        var (email, queued) = await QueueAsync(3);

        // The first message took longer than the lease to send (a slow SMTP server). As the round goes on to the second, another
        // copy's round starts and finds the lease of the other two over.
        await _app.DeliverThroughAsync(inner => new WatchedTransport(inner,
            after: (sent, _) =>
            {
                if (sent == 1) _app.Time.Advance(Lease + TimeSpan.FromSeconds(1));
                return Task.CompletedTask;
            },
            before: async (sent, _) =>
            {
                if (sent == 1) await _app.DeliverAsync();
            }), Ct);
        await _app.DeliverAllAsync();

        await AssertEachSentOnceAsync(email, queued);
    }
}
