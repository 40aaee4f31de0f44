using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// An SMTP server that is down: each attempt is recorded, the next one waits twice as long as the one before, and after the
/// last one the message is Failed and waits for an administrator. The delivery page shows it to the system administrator,
/// whose Retry sends it once the server is back (a copy of the app pointed at a working server).
/// </summary>
public sealed class DeliveryRetryTests(UnreachableSmtpApp fixture) : IClassFixture<UnreachableSmtpApp>
{
    private readonly FakeClockAppFactory _app = fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private NotificationsOptions Options => _app.Services.GetRequiredService<IOptions<NotificationsOptions>>().Value;

    /// <summary>A message to a reader of its own, tried until it failed for good.</summary>
    private async Task<(string Email, OutboxMessage Row)> FailedMessageAsync()
    {
        var (reader, email) = await _app.ReaderAsync();
        await _app.NotifyAsync(reader.Id, NotificationKinds.NewApplication, "数据分析师");
        for (var attempt = 0; attempt < Options.MaxAttempts; attempt++)
        {
            var row = (await _app.OutboxToAsync(Channel.Email, email)).Single();
            _app.SetUtc(row.NotBeforeUtc > _app.Time.GetUtcNow().UtcDateTime ? row.NotBeforeUtc : _app.Time.GetUtcNow().UtcDateTime);
            await _app.DeliverAsync();
        }
        var failed = (await _app.OutboxToAsync(Channel.Email, email)).Single();
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        return (email, failed);
    }

    [Fact]
    public async Task AnUnreachableServer_IsTriedWithDoublingWaits_ThenTheMessageFails()
    {
        var (reader, email) = await _app.ReaderAsync();
        await _app.NotifyAsync(reader.Id, NotificationKinds.NewApplication, "数据分析师");
        Assert.Equal(6, Options.MaxAttempts);
        _app.NextWholeSecond();

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= Options.MaxAttempts; attempt++)
        {
            var at = _app.Time.GetUtcNow().UtcDateTime;
            Assert.Equal(0, await _app.DeliverAsync());

            var row = (await _app.OutboxToAsync(Channel.Email, email)).Single();
            Assert.Equal(attempt, row.Attempts);
            Assert.Contains("SocketException", row.LastError, StringComparison.Ordinal);
            var attempts = await _app.AttemptsAsync(row.Id);
            Assert.Equal(attempt, attempts.Count);
            Assert.All(attempts, a => Assert.False(a.Succeeded));
            Assert.Equal(at, attempts[^1].AtUtc);
            if (attempt == Options.MaxAttempts)
            {
                Assert.Equal(OutboxStatus.Failed, row.Status);
                break;
            }
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.Null(row.LeaseOwner);
            waits.Add(row.NotBeforeUtc - at);

            // Not tried again before its time.
            _app.SetUtc(row.NotBeforeUtc - TimeSpan.FromSeconds(1));
            await _app.DeliverAsync();
            Assert.Equal(attempt, (await _app.AttemptsAsync(row.Id)).Count);
            _app.SetUtc(row.NotBeforeUtc);
        }

        Assert.Equal([1, 2, 4, 8, 16], waits.Select(w => w.TotalMinutes));
        // A failed message is left alone by the sender.
        _app.Time.Advance(TimeSpan.FromHours(1));
        await _app.DeliverAsync();
        var failed = (await _app.OutboxToAsync(Channel.Email, email)).Single();
        Assert.Equal(Options.MaxAttempts, (await _app.AttemptsAsync(failed.Id)).Count);
        Assert.Empty(TestMailServer.MessagesTo(email));
    }

    [Fact]
    public async Task DeliveryPage_ShowsTheFailedMessage_AndItsRetry_SendsItOnceTheServerIsBack()
    {
        var (email, failed) = await FailedMessageAsync();
        var admin = _app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(admin, "sysadmin");

        var page = await admin.GetStringAsync("/Notifications/Delivery?status=Failed", Ct);
        Assert.Contains($"value=\"{failed.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("SocketException", page, StringComparison.Ordinal);
        Assert.Contains("新求职申请", page, StringComparison.Ordinal); // the kind, by its name

        using var retry = await YincaiAppFactory.PostFormAsync(admin, "/Notifications/Delivery?handler=Retry&status=Failed",
            [new("id", failed.Id.ToString())], tokenFrom: "/Notifications/Delivery?status=Failed");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        var done = await admin.GetStringAsync(retry.Headers.Location!.OriginalString, Ct);
        Assert.Contains("已重新排队发送。", done, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{failed.Id}\"", done, StringComparison.Ordinal);
        var queued = (await _app.OutboxToAsync(Channel.Email, email)).Single();
        Assert.Equal((OutboxStatus.Pending, 0), (queued.Status, queued.Attempts));

        // The server is back: a copy of the app (same database, same clock) pointed at it sends the message, once.
        var fixedCopy = _app.SecondCopy(b =>
        {
            TestMailServer.Configure(b);
            b.UseSetting("Notifications:SendInBackground", "false");
            b.ConfigureTestServices(s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(_app.Time);
            });
        });
        await using (fixedCopy)
        {
            await fixedCopy.InitializeAsync();
            await fixedCopy.DeliverAllAsync();
        }

        var message = Assert.Single(await TestMailServer.WaitForAsync(email, 1));
        Assert.Equal(failed.Id.ToString("N") + "@yincai", message.MessageId);
        var sent = (await _app.OutboxToAsync(Channel.Email, email)).Single();
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        var attempts = await _app.AttemptsAsync(sent.Id);
        Assert.Equal(Options.MaxAttempts + 1, attempts.Count);
        Assert.True(attempts[^1].Succeeded);
    }

    [Fact]
    public async Task DeliveryPage_AndItsRetry_AreForTheSystemAdministratorOnly()
    {
        var (email, failed) = await FailedMessageAsync();
        var talent = await _app.RegisterAsync(AccountKind.Talent);
        var browser = _app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);

        using var page = await browser.GetAsync("/Notifications/Delivery", Ct);
        using var retry = await YincaiAppFactory.PostFormAsync(browser, "/Notifications/Delivery?handler=Retry",
            [new("id", failed.Id.ToString())], tokenFrom: "/Notifications/Preferences");

        Assert.True(Denied(page), $"GET answered {(int)page.StatusCode} {page.Headers.Location}");
        Assert.True(Denied(retry), $"POST answered {(int)retry.StatusCode} {retry.Headers.Location}");
        Assert.Equal(OutboxStatus.Failed, (await _app.OutboxToAsync(Channel.Email, email)).Single().Status);
    }

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } to
            && (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0]) == "/Accounts/AccessDenied");
}
