using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// AMB-09 in the mail client: a digest e-mail carries its unsubscribe link in the List-Unsubscribe headers (RFC 8058), so the
/// client's own button works; its one-click POST (no cookie, no antiforgery token) unsubscribes, and other messages carry none.
/// </summary>
public sealed class DigestMailHeaderTests(NotificationsApp fixture) : IClassFixture<NotificationsApp>
{
    private readonly FakeClockAppFactory _app = fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "AMB-09")]
    public async Task DigestEmail_HasTheOneClickUnsubscribeHeaders_AndTheClientsPostUnsubscribes()
    {
        var (reader, email) = await _app.ReaderAsync();
        Assert.True(await _app.WithServicesAsync(async s =>
        {
            var sent = await s.GetRequiredService<DigestSubscriptions>().SendAsync(reader.Id, 2, 1, 0, "· 青岛港口调度员", "/Jobs", Ct);
            await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
            return sent;
        }));
        await _app.NotifyAsync(reader.Id, NotificationKinds.NewApplication, "港口调度员");
        await _app.DeliverAllAsync();

        var received = await TestMailServer.WaitForAsync(email, 2);
        var digest = Assert.Single(received, m => m.Headers.Contains("List-Unsubscribe"));
        Assert.StartsWith("引才信息推送", digest.Subject, StringComparison.Ordinal);
        var header = digest.Headers["List-Unsubscribe"] ?? "";
        Assert.Matches(@"^<https?://[^>]+/Notifications/Unsubscribe\?token=[A-Za-z0-9_-]+>$", header);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(header[1..^1], digest.TextBody ?? "", StringComparison.Ordinal);

        // The mail client's POST, as RFC 8058 has it: no session, no antiforgery token, the fixed body.
        var url = new Uri(header[1..^1]);
        using var client = _app.CreateBrowser();
        using var form = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        using (var response = await client.PostAsync(url.PathAndQuery, form, Ct))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await _app.WithServicesAsync(s => s.GetRequiredService<Notifier>().PreferenceAsync(reader.Id, Ct))).Digest);

        // A forged token posted the same way changes nothing and says so.
        var (other, _) = await _app.ReaderAsync();
        using var forged = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        using (var response = await client.PostAsync("/Notifications/Unsubscribe?token=AAAA" + url.Query[^8..], forged, Ct))
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await _app.WithServicesAsync(s => s.GetRequiredService<Notifier>().PreferenceAsync(other.Id, Ct))).Digest);
    }
}
