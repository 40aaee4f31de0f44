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
        var at = _app.Time.GetUtcNow().UtcDateTime;

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
}
