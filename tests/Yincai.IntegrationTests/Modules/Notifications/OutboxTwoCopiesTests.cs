using System.Diagnostics;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>Two running copies of the app on one database (as behind a load balancer), each with its background sender on a
/// one-second interval and small batches; e-mail goes to the <see cref="TestMailServer"/>.</summary>
public sealed class TwoSendingCopies : IAsyncLifetime
{
    private static readonly KeyValuePair<string, string>[] Sending =
    [
        new("Notifications:SendInterval", "00:00:01"),
        new("Notifications:BatchSize", "5"),
    ];

    public YincaiAppFactory First { get; } = new();
    public YincaiAppFactory Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        foreach (var (key, value) in TestMailServer.Settings().Concat(Sending)) First.WithSetting(key, value);
        await First.InitializeAsync();
        Second = First.SecondCopy();
        foreach (var (key, value) in TestMailServer.Settings().Concat(Sending)) Second.WithSetting(key, value);
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Second is not null) await Second.DisposeAsync();
        await First.DisposeAsync();
    }
}

/// <summary>Copies of the app sending at the same time never send one message twice; the background sender sends on its own.</summary>
public sealed class OutboxTwoCopiesTests(TwoSendingCopies copies) : IClassFixture<TwoSendingCopies>
{
    [Fact]
    public async Task TwoCopiesDeliveringAtOnce_SendEachMessageOnce()
    {
        var readers = new List<(TestAccount Account, string Email)>();
        for (var i = 0; i < 4; i++) readers.Add(await copies.First.ReaderAsync());
        // Queued on both copies, ten for each reader.
        for (var i = 0; i < 10; i++)
            foreach (var (reader, n) in readers.Select((r, n) => (r.Account, n)))
                await (n % 2 == 0 ? copies.First : copies.Second).NotifyAsync(reader.Id, NotificationKinds.NewApplication, $"岗位{i}");

        // Three rounds at a time on each copy, besides their background senders, until every message is out.
        var clock = Stopwatch.StartNew();
        async Task SendUntilDoneAsync(YincaiAppFactory copy)
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(90))
            {
                if (await copy.DeliverAsync() > 0) continue;
                var pending = 0;
                foreach (var (_, email) in readers)
                    pending += (await copy.OutboxToAsync(Channel.Email, email)).Count(m => m.Status == OutboxStatus.Pending);
                if (pending == 0) return;
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => SendUntilDoneAsync(i % 2 == 0 ? copies.First : copies.Second))));

        foreach (var (_, email) in readers)
        {
            var queued = await copies.First.OutboxToAsync(Channel.Email, email);
            Assert.Equal(10, queued.Count);
            Assert.All(queued, m => Assert.Equal(OutboxStatus.Sent, m.Status));
            var received = await TestMailServer.WaitForAsync(email, 10);
            var twice = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"Sent more than once: {string.Join(", ", twice)}");
            Assert.Equal(queued.Select(m => m.Id.ToString("N") + "@yincai").Order(), received.Select(m => m.MessageId).Order());
            foreach (var m in queued) Assert.Single(await copies.First.AttemptsAsync(m.Id));
        }
    }

    [Fact]
    public async Task AQueuedEmail_IsSentByTheBackgroundSender_WithinSeconds()
    {
        var (reader, email) = await copies.Second.ReaderAsync(culture: "en");

        await copies.Second.NotifyAsync(reader.Id, NotificationKinds.NewApplication, "Rust engineer");

        var received = await TestMailServer.WaitForAsync(email, 1, TimeSpan.FromSeconds(20));
        var message = Assert.Single(received);
        Assert.Equal("New application: Rust engineer", message.Subject);
        Assert.Contains("Your job \"Rust engineer\" has a new application.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("noreply@yincai.example", message.From.Mailboxes.Single().Address);
        // The row is marked just after the server's answer.
        Assert.True(await NotificationsTestData.EventuallyAsync(async () =>
            (await copies.First.OutboxToAsync(Channel.Email, email)).Single().Status == OutboxStatus.Sent));
        var row = Assert.Single(await copies.First.OutboxToAsync(Channel.Email, email));
        Assert.Equal(row.Id.ToString("N") + "@yincai", message.MessageId);
    }
}
