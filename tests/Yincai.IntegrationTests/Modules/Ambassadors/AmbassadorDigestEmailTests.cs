using System.Text.RegularExpressions;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Platform.Protection;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>AMB-09 by e-mail: the digest reaches the ambassador's mailbox with a one-click unsubscribe link that works without
/// signing in, stops the next digests, and cannot be forged.</summary>
public sealed partial class AmbassadorDigestEmailTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "AMB-09")]
    public async Task Digest_ReachesTheMailbox_ItsUnsubscribeLinkStopsTheNext_AForgedOneChangesNothing()
    {
        var (user, ambassador) = await app.ActiveWithAccountAsync("370600");
        var (other, _) = await app.ActiveWithAccountAsync("370600");
        var address = "amb." + Guid.NewGuid().ToString("N")[..8] + "@mail.yincai.example";
        await SetEmailAsync(user.Id, address);
        var title = "烟台港口调度员" + Guid.NewGuid().ToString("N")[..4];
        var (_, job) = await app.PublishedJobAsync(title, "370602");

        Assert.True(await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorDigests>().SendDueAsync(Ct)) >= 2);
        await app.WithServicesAsync(s => s.GetRequiredService<OutboxDelivery>().DeliverDueAsync(Ct));

        var index = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<FieldProtection>().BlindIndex(address)));
        var mail = await app.WithDbAsync(db => db.DevelopmentMessages.AsNoTracking().SingleAsync(m => m.AddressIndex == index && m.Channel == Channel.Email, Ct));
        Assert.StartsWith("引才信息推送：", mail.Subject);
        Assert.Contains(title, mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/Ambassadors/Ref?code={ambassador.ReferralCode}&job={job.Id}", mail.Text, StringComparison.Ordinal);
        var link = UnsubscribeLink().Match(mail.Text);
        Assert.True(link.Success, mail.Text);

        // A token changed by one character is refused, and nobody is unsubscribed.
        using var anonymous = app.CreateBrowser();
        var token = link.Groups["token"].Value;
        var forged = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        using (var refused = await anonymous.GetAsync("/Notifications/Unsubscribe?token=" + forged, Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("退订链接无效", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.True((await PreferenceAsync(user.Id)).Digest);

        // The real link, without signing in.
        using (var done = await anonymous.GetAsync("/Notifications/Unsubscribe?token=" + token, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("已退订", await done.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.False((await PreferenceAsync(user.Id)).Digest);
        Assert.True((await PreferenceAsync(other.Id)).Digest);
        Assert.False(await app.WithServicesAsync(s => s.GetRequiredService<DigestSubscriptions>().SendAsync(user.Id, 1, 0, 0, "· x", null, Ct)));
        Assert.True(await app.WithServicesAsync(s => s.GetRequiredService<DigestSubscriptions>().SendAsync(other.Id, 1, 0, 0, "· x", null, Ct)));
    }

    private Task SetEmailAsync(Guid userId, string address) => app.WithDbAsync(async db =>
    {
        var preference = new NotificationPreference(userId, DateTime.UtcNow);
        preference.Change(true, true, address, null, null, "zh-CN", true, DateTime.UtcNow);
        db.NotificationPreferences.Add(preference);
        await db.SaveChangesAsync(Ct);
    });

    private Task<NotificationPreference> PreferenceAsync(Guid userId) =>
        app.WithServicesAsync(s => s.GetRequiredService<Notifier>().PreferenceAsync(userId, Ct));

    [GeneratedRegex(@"/Notifications/Unsubscribe\?token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex UnsubscribeLink();
}
