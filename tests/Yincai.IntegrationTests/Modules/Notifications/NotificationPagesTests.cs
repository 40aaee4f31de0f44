using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// What readers see: one notification in Chinese and in English (the inbox in the language of the page, the e-mail in the
/// language of the reader's preferences), and the preferences page, which checks what it is given and steers the next message.
/// </summary>
public sealed class NotificationPagesTests(NotificationsApp fixture) : IClassFixture<NotificationsApp>
{
    private readonly FakeClockAppFactory _app = fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInAsync(TestAccount account)
    {
        var browser = _app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, account.UserName, account.Password);
        return browser;
    }

    [Fact]
    public async Task OneNotification_ReadsInChineseAndInEnglish_InTheInboxAndByEmail()
    {
        var (chinese, chineseEmail) = await _app.ReaderAsync("zh-CN");
        var (english, englishEmail) = await _app.ReaderAsync("en");
        var job = "Rust工程师" + Guid.NewGuid().ToString("N")[..6];
        await _app.NotifyAsync(chinese.Id, NotificationKinds.NewApplication, job);
        await _app.NotifyAsync(english.Id, NotificationKinds.NewApplication, job);

        await _app.DeliverAllAsync();
        var browser = await SignedInAsync(chinese);
        var inboxChinese = await browser.GetStringAsync("/Notifications", Ct);
        var inboxEnglish = await browser.GetStringAsync("/Notifications?culture=en", Ct);
        using (await YincaiAppFactory.PostFormAsync(browser, "/culture", [new("culture", "en"), new("returnUrl", "/Notifications")],
                   tokenFrom: "/Notifications")) { }
        var inboxByCookie = await browser.GetStringAsync("/Notifications", Ct);

        var toChinese = Assert.Single(await TestMailServer.WaitForAsync(chineseEmail, 1));
        Assert.Equal($"新的求职申请：{job}", toChinese.Subject);
        Assert.Contains($"您发布的岗位“{job}”收到一份新的求职申请。", toChinese.TextBody, StringComparison.Ordinal);
        var toEnglish = Assert.Single(await TestMailServer.WaitForAsync(englishEmail, 1));
        Assert.Equal($"New application: {job}", toEnglish.Subject);
        Assert.Contains($"Your job \"{job}\" has a new application.", toEnglish.TextBody, StringComparison.Ordinal);

        Assert.Contains($"新的求职申请：{job}", inboxChinese, StringComparison.Ordinal);
        Assert.Contains($"您发布的岗位“{job}”收到一份新的求职申请。", inboxChinese, StringComparison.Ordinal);
        Assert.Contains($"New application: {job}", inboxEnglish, StringComparison.Ordinal);
        Assert.Contains($"Your job &quot;{job}&quot; has a new application.", inboxEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("新的求职申请", inboxEnglish, StringComparison.Ordinal);
        Assert.Contains($"New application: {job}", inboxByCookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preferences_RefuseHalfAQuietHoursPair_AndABadAddress_AndSaveTheRest()
    {
        var talent = await _app.RegisterAsync(AccountKind.Talent);
        var browser = await SignedInAsync(talent);
        var address = TestMailServer.NewAddress("prefs");

        var form = await browser.GetStringAsync("/Notifications/Preferences", Ct);
        using var halfPair = await YincaiAppFactory.PostFormAsync(browser, "/Notifications/Preferences",
            Fields(address, quietFrom: "23:00", quietUntil: ""));
        var halfPairPage = await halfPair.Content.ReadAsStringAsync(Ct);
        using var badAddress = await YincaiAppFactory.PostFormAsync(browser, "/Notifications/Preferences",
            Fields("not-an-address", quietFrom: "", quietUntil: ""));
        var savedBefore = await PreferenceAsync(talent.Id);
        using var saved = await YincaiAppFactory.PostFormAsync(browser, "/Notifications/Preferences",
            Fields(address, quietFrom: "", quietUntil: ""));
        var after = await browser.GetStringAsync("/Notifications/Preferences", Ct);

        Assert.Contains("value=\"22:00\"", form, StringComparison.Ordinal); // the defaults
        Assert.Contains("value=\"08:00\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, halfPair.StatusCode);
        Assert.Contains("开始和结束时间需同时填写", halfPairPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, badAddress.StatusCode);
        Assert.Null(savedBefore);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Notifications/Preferences", saved.Headers.Location?.OriginalString);
        Assert.Contains("通知设置已保存。", after, StringComparison.Ordinal);
        Assert.Contains(address, after, StringComparison.Ordinal);
        var preference = await PreferenceAsync(talent.Id);
        Assert.NotNull(preference);
        Assert.Equal((true, false, address, (TimeOnly?)null, (TimeOnly?)null, "en", false),
            (preference.Email, preference.Sms, preference.EmailAddress, preference.QuietFrom, preference.QuietUntil, preference.Culture, preference.Digest));
    }

    [Fact]
    public async Task SavedPreferences_SteerTheNextMessage_ToTheirAddress_InTheirLanguage_WithoutSms()
    {
        var talent = await _app.RegisterAsync(AccountKind.Talent);
        var browser = await SignedInAsync(talent);
        var address = TestMailServer.NewAddress("prefs");
        using (var saved = await YincaiAppFactory.PostFormAsync(browser, "/Notifications/Preferences", Fields(address, quietFrom: "", quietUntil: "")))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // A kind that goes by e-mail and SMS.
        await _app.NotifyAsync(talent.Id, NotificationKinds.ComplaintDueSoon, "TS-20260003", "2026-05-01");
        await _app.DeliverAllAsync();

        var message = Assert.Single(await TestMailServer.WaitForAsync(address, 1));
        Assert.Equal("Complaint due soon: TS-20260003", message.Subject);
        Assert.Empty(await _app.OutboxToAsync(Channel.Sms, talent.Mobile!));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await _app.OutboxToAsync(Channel.Email, address)).Status);
    }

    /// <summary>The form as a reader fills it: e-mail on to <paramref name="address"/>, SMS off, English, no digest.</summary>
    private static KeyValuePair<string, string>[] Fields(string address, string quietFrom, string quietUntil) =>
    [
        new("Email", "true"), new("Sms", "false"), new("EmailAddress", address), new("QuietFrom", quietFrom), new("QuietUntil", quietUntil),
        new("Culture", "en"), new("Digest", "false"),
    ];

    private Task<NotificationPreference?> PreferenceAsync(Guid userId) =>
        _app.WithDbAsync(db => db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, Ct));
}
