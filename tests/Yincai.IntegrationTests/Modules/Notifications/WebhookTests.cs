using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>The app on a fake clock, sender off, allowed to call a receiver on this machine (the test's own).</summary>
public sealed class WebhookApp : NotificationsApp
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("Notifications:SendInBackground", "false"), new("Notifications:Webhooks:AllowPrivateAddresses", "true")];
}

/// <summary>
/// Webhooks from the outbox: an event published with a change reaches the subscribed organisation's receiver signed as Standard Webhooks
/// asks (a receiver checks it with the library it would use); a receiver that fails is tried again after the outbox's backoff and
/// every attempt is in the log; a revoked subscription gets nothing more; another organisation's events never reach it.
/// </summary>
public sealed class WebhookTests : IAsyncLifetime
{
    // Each test its own app: the tests move the fake clock (to now, and on through the backoff), which never goes back.
    private readonly WebhookApp _fixture = new();
    private FakeClockAppFactory _app => _fixture.App;

    public ValueTask InitializeAsync() => _fixture.InitializeAsync();

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A receiver on a free local port: what it was sent, and the answers it gives in turn (then 200).</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<int> _answers;
        private readonly Task _loop;

        public Receiver(params int[] answers)
        {
            _answers = new ConcurrentQueue<int>(answers);
            Port = NotificationsTestData.ClosedPort();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/hook/");
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public int Port { get; }
        public string Url => $"http://127.0.0.1:{Port}/hook/";
        public ConcurrentQueue<(HeaderDictionary Headers, string Body)> Received { get; } = new();

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) { return; }
                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                var headers = new HeaderDictionary();
                foreach (var key in context.Request.Headers.AllKeys) headers[key!] = context.Request.Headers[key];
                Received.Enqueue((headers, body));
                context.Response.StatusCode = _answers.TryDequeue(out var status) ? status : 200;
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop;
        }
    }

    private Task<NewWebhook> SubscribeAsync(string university, string url) => _app.WithServicesAsync(async s =>
    {
        var made = await s.GetRequiredService<Webhooks>().SubscribeAsync(OrganisationKinds.University, university, url, [WebhookEvents.GraduateStatusChanged], Ct);
        Assert.False(made.IsError, made.Error?.Message);
        return made.Value!;
    });

    private Task PublishAsync(string university, object data) => _app.WithServicesAsync(async s =>
    {
        await s.GetRequiredService<Webhooks>().PublishAsync(OrganisationKinds.University, university, WebhookEvents.GraduateStatusChanged, data, Ct);
        await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
    });

    private Task<List<OutboxMessage>> WebhookMessagesAsync(Guid subscription) =>
        _app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Channel == Channel.Webhook && m.AddressIndex == subscription.ToString())
            .OrderBy(m => m.CreatedAtUtc).ToListAsync(Ct));

    [Fact]
    public async Task AnEvent_ReachesTheReceiver_SignedOverIdTimestampAndBody_AndATamperedBodyFailsTheCheck()
    {
        await using var receiver = new Receiver();
        var university = "U" + Guid.NewGuid().ToString("N")[..8];
        var hook = await SubscribeAsync(university, receiver.Url);
        _app.SetUtc(DateTime.UtcNow); // the receiver checks the timestamp against its own clock
        await PublishAsync(university, new { graduateId = Guid.NewGuid(), status = "employed" });

        Assert.Equal(1, await _app.DeliverAsync());

        var (headers, body) = Assert.Single(receiver.Received);
        var message = Assert.Single(await WebhookMessagesAsync(hook.Subscription.Id));
        Assert.Equal(message.Id.ToString(), headers["webhook-id"].ToString());
        Assert.StartsWith("v1,", headers["webhook-signature"].ToString(), StringComparison.Ordinal);
        new StandardWebhook(hook.Secret).Verify(body, headers); // throws when the signature does not hold
        Assert.Contains("\"type\":\"graduate.status_changed\"", body, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"employed\"", body, StringComparison.Ordinal);
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(hook.Secret).Verify(body.Replace("employed", "unemployed"), headers));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook("whsec_" + Convert.ToBase64String(new byte[32])).Verify(body, headers));
    }

    [Fact]
    public async Task AFailingReceiver_IsTriedAgainAfterTheBackoff_EachAttemptLogged_ThenDelivered()
    {
        await using var receiver = new Receiver(500, 503);
        var university = "U" + Guid.NewGuid().ToString("N")[..8];
        var hook = await SubscribeAsync(university, receiver.Url);
        _app.SetUtc(DateTime.UtcNow);
        await PublishAsync(university, new { graduateId = Guid.NewGuid(), status = "employed" });

        Assert.Equal(0, await _app.DeliverAsync());
        var first = Assert.Single(await WebhookMessagesAsync(hook.Subscription.Id));
        Assert.Equal((OutboxStatus.Pending, 1), (first.Status, first.Attempts));
        Assert.Contains("500", first.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await _app.DeliverAsync()); // not before the backoff
        _app.SetUtc(first.NotBeforeUtc);
        Assert.Equal(0, await _app.DeliverAsync());
        var second = Assert.Single(await WebhookMessagesAsync(hook.Subscription.Id));
        Assert.True(second.NotBeforeUtc - first.NotBeforeUtc > first.NotBeforeUtc - first.CreatedAtUtc, "the second wait is longer");
        _app.SetUtc(second.NotBeforeUtc);
        Assert.Equal(1, await _app.DeliverAsync());

        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Headers["webhook-id"].ToString()).Distinct()); // the same event each time
        var log = await _app.WithServicesAsync(s => s.GetRequiredService<Webhooks>().DeliveriesAsync(OrganisationKinds.University, university,
            hook.Subscription.Id, Ct));
        var delivery = Assert.Single(log);
        Assert.Equal(("Sent", 3), (delivery.Status, delivery.Attempts));
        Assert.Equal(3, (await _app.AttemptsAsync(delivery.Id)).Count);
    }

    [Fact]
    public async Task ARevokedSubscription_GetsNothingMore_AndAnotherOrganisationsEventsNeverReachIt()
    {
        await using var receiver = new Receiver();
        var (mine, theirs) = ("U" + Guid.NewGuid().ToString("N")[..8], "U" + Guid.NewGuid().ToString("N")[..8]);
        var hook = await SubscribeAsync(mine, receiver.Url);
        await PublishAsync(theirs, new { status = "employed" });
        Assert.Empty(await WebhookMessagesAsync(hook.Subscription.Id));

        await PublishAsync(mine, new { status = "employed" }); // queued while live
        var revoked = await _app.WithServicesAsync(s => s.GetRequiredService<Webhooks>().RevokeAsync(OrganisationKinds.University, mine, hook.Subscription.Id, Ct));
        Assert.False(revoked.IsError);
        await PublishAsync(mine, new { status = "employed" }); // after: not queued
        await _app.DeliverAllAsync();

        Assert.Empty(receiver.Received);
        Assert.Single(await WebhookMessagesAsync(hook.Subscription.Id));
    }
}

/// <summary>Only public https addresses are taken (no loopback, private, link-local or credentials in the address).</summary>
public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("http://example.com/hook", false)]
    [InlineData("https://127.0.0.1/hook", false)]
    [InlineData("https://10.1.2.3/hook", false)]
    [InlineData("https://192.168.0.10/hook", false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false)]
    [InlineData("https://[::1]/hook", false)]
    [InlineData("https://user:pass@example.com/hook", false)]
    [InlineData("ftp://example.com/hook", false)]
    [InlineData("https://hooks.example.com/yincai", true)]
    public void Address_MustBePublicHttps(string url, bool allowed) => Assert.Equal(allowed, Webhooks.IsAllowed(url, allowPrivate: false, out _));
}
