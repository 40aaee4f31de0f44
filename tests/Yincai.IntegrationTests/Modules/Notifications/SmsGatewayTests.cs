using System.Globalization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>The app with its SMS going to a <see cref="FakeSmsGateway"/> with an API key.</summary>
public sealed class SmsGatewayApp : NotificationsApp
{
    public const string ApiKey = "test-sms-key-7f3a";

    public FakeSmsGateway Gateway { get; } = FakeSmsGateway.Start();

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. base.Settings(), new("Notifications:Sms:Url", Gateway.Url), new("Notifications:Sms:ApiKey", ApiKey)];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}

/// <summary>The HTTP SMS gateway: what it is sent (the number, the signed text, the outbox id as request id, the key as a
/// bearer token), and an answer other than 2xx, or none, as a failed attempt tried again later.</summary>
public sealed class SmsGatewayTests(SmsGatewayApp fixture) : IClassFixture<SmsGatewayApp>
{
    private readonly FakeClockAppFactory _app = fixture.App;
    private readonly FakeSmsGateway _gateway = fixture.Gateway;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private NotificationsOptions Options => _app.Services.GetRequiredService<IOptions<NotificationsOptions>>().Value;

    private Task QueueCodeAsync(string mobile, string code) =>
        _app.WithServicesAsync(async services =>
        {
            services.GetRequiredService<Notifier>().SendSms(mobile, NotificationKinds.MobileCode, [code, "10"], CultureInfo.GetCultureInfo("zh-CN"));
            await services.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
        });

    [Fact]
    public async Task AnSms_IsPostedAsJson_WithTheBearerKey_TheSignature_AndTheOutboxIdAsRequestId()
    {
        var mobile = TestData.NewMobile();
        await QueueCodeAsync(mobile, "482916");

        await _app.DeliverAllAsync();

        var request = Assert.Single(_gateway.To(mobile));
        var row = Assert.Single(await _app.OutboxToAsync(Channel.Sms, mobile));
        Assert.Equal("Bearer " + SmsGatewayApp.ApiKey, request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(row.Id, request.Body.GetProperty("requestId").GetGuid());
        Assert.Equal("【引才】您的验证码是482916，10分钟内有效，请勿告诉他人。", request.Body.GetProperty("text").GetString());
        Assert.Equal(3, request.Body.EnumerateObject().Count());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.True(Assert.Single(await _app.AttemptsAsync(row.Id)).Succeeded);
        // Not kept by the development gateway: it went out.
        Assert.Empty(await _app.KeptForAsync(Channel.Sms, mobile));
    }

    [Fact]
    public async Task AGatewayAnswering500_IsAFailedAttempt_AndTheSameRequestIdIsSentAgainAfterTheBackoff()
    {
        var mobile = TestData.NewMobile();
        var failing = true;
        _gateway.Answer = m => (m == mobile && failing ? HttpStatusCode.InternalServerError : HttpStatusCode.OK, TimeSpan.Zero);
        await QueueCodeAsync(mobile, "130577");
        var at = _app.NextWholeSecond();

        await _app.DeliverAllAsync();

        var row = Assert.Single(await _app.OutboxToAsync(Channel.Sms, mobile));
        Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.Contains("500", row.LastError, StringComparison.Ordinal);
        Assert.Equal(at + Options.FirstBackoff, row.NotBeforeUtc);
        var attempt = Assert.Single(await _app.AttemptsAsync(row.Id));
        Assert.False(attempt.Succeeded);
        Assert.Contains("500", attempt.Error, StringComparison.Ordinal);

        failing = false;
        _app.SetUtc(row.NotBeforeUtc);
        await _app.DeliverAllAsync();

        var requests = _gateway.To(mobile);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(row.Id, r.Body.GetProperty("requestId").GetGuid()));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await _app.OutboxToAsync(Channel.Sms, mobile)).Status);
    }

    [Fact]
    public async Task AGatewayThatDoesNotAnswer_IsAFailedAttempt_NotAStoppedSender()
    {
        var mobile = TestData.NewMobile();
        // Longer than the gateway client's timeout (15 s).
        _gateway.Answer = m => (HttpStatusCode.OK, m == mobile ? TimeSpan.FromSeconds(25) : TimeSpan.Zero);
        await QueueCodeAsync(mobile, "774411");

        Exception? thrown;
        try
        {
            thrown = await Record.ExceptionAsync(() => _app.DeliverAsync());
        }
        finally
        {
            _gateway.Answer = _ => (HttpStatusCode.OK, TimeSpan.Zero); // later rounds of other tests must not wait for it
        }

        Assert.Null(thrown);
        var row = Assert.Single(await _app.OutboxToAsync(Channel.Sms, mobile));
        Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.False(Assert.Single(await _app.AttemptsAsync(row.Id)).Succeeded);
    }
}

/// <summary>The app with its background sender on (every second) and an SMS gateway that never answers in time.</summary>
public sealed class HangingSmsGatewayApp : NotificationsApp
{
    public FakeSmsGateway Gateway { get; } = FakeSmsGateway.Start();

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Notifications:SendInBackground", "true"),
        new("Notifications:SendInterval", "00:00:01"),
        new("Notifications:Sms:Url", Gateway.Url),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}

/// <summary>A gateway that hangs costs one attempt of one message: the sender, and the app, go on.</summary>
public sealed class SmsGatewayHangTests(HangingSmsGatewayApp fixture) : IClassFixture<HangingSmsGatewayApp>
{
    [Fact]
    public async Task AGatewayThatNeverAnswers_DoesNotStopTheApp()
    {
        var app = fixture.App;
        var mobile = TestData.NewMobile();
        fixture.Gateway.Answer = _ => (HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        await app.WithServicesAsync(async services =>
        {
            services.GetRequiredService<Notifier>().SendSms(mobile, NotificationKinds.MobileCode, ["551230", "10"], CultureInfo.GetCultureInfo("zh-CN"));
            await services.GetRequiredService<YincaiDb>().SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        // The gateway client gives up after 15 s; the app's services are gone once it stopped.
        var stopping = app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
        var attempted = await NotificationsTestData.EventuallyAsync(async () =>
        {
            if (stopping.IsCancellationRequested) return true;
            try
            {
                return (await app.OutboxToAsync(Channel.Sms, mobile)).Single().Attempts > 0;
            }
            catch (ObjectDisposedException)
            {
                return true;
            }
        }, TimeSpan.FromSeconds(25));

        Assert.False(stopping.IsCancellationRequested, "The app stopped: the timeout escaped the sender's round as an OperationCanceledException.");
        Assert.True(attempted, "No attempt recorded after the gateway's timeout.");
    }
}
