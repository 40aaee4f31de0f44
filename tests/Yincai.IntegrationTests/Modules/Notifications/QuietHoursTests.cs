using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// Quiet hours (22:00–08:00 China time unless the reader changed them): a message that can wait reaches the phone at
/// 08:00, while the inbox has it at once; a code the reader asked for comes at once, at night too.
/// </summary>
public sealed class QuietHoursTests(DevelopmentDeliveryApp fixture) : IClassFixture<DevelopmentDeliveryApp>
{
    private readonly FakeClockAppFactory _app = fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnSmsAt2300Beijing_IsHeldUntil0800_WhileACodeAskedForThenComesAtOnce()
    {
        var reader = await _app.RegisterAsync(AccountKind.Talent); // default preferences: SMS on, quiet 22:00–08:00
        var evening = _app.AdvanceToNextUtc(15, 0); // 23:00 in Beijing
        var morning = evening.AddHours(9); // 08:00 in Beijing

        await _app.NotifyAsync(reader.Id, NotificationKinds.ComplaintProgress, "TS-20260001");
        var code = await _app.WithServicesAsync(async s =>
        {
            NotificationsTestData.InChinese();
            return await s.GetRequiredService<MobileCodes>().SendAsync(reader.Mobile, "login", "10.9.8.7", Ct);
        });
        Assert.False(code.IsError);
        await _app.DeliverAllAsync();

        var atNight = await _app.KeptForAsync(Channel.Sms, reader.Mobile!);
        var held = (await _app.OutboxToAsync(Channel.Sms, reader.Mobile!)).Single(m => m.TemplateKey == NotificationKinds.ComplaintProgress.Key);
        var inbox = await _app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == reader.Id).ToListAsync(Ct));

        _app.SetUtc(morning - TimeSpan.FromSeconds(1));
        await _app.DeliverAllAsync();
        var justBefore = await _app.KeptForAsync(Channel.Sms, reader.Mobile!);

        _app.SetUtc(morning);
        await _app.DeliverAllAsync();
        var atEight = await _app.KeptForAsync(Channel.Sms, reader.Mobile!);

        Assert.Contains("验证码", Assert.Single(atNight).Text, StringComparison.Ordinal);
        Assert.Equal(morning, held.NotBeforeUtc);
        Assert.Equal(OutboxStatus.Pending, held.Status);
        Assert.Contains(inbox, n => n.TemplateKey == NotificationKinds.ComplaintProgress.Key); // the inbox does not wait
        Assert.Single(justBefore);
        Assert.Equal(2, atEight.Count);
        Assert.Contains("TS-20260001", atEight[^1].Text, StringComparison.Ordinal);
        Assert.Equal(morning, atEight[^1].AtUtc);
    }

    [Fact]
    public async Task AReaderWithoutQuietHours_GetsTheSmsAtNight()
    {
        var (reader, _) = await _app.ReaderAsync(); // quiet hours off
        var night = _app.AdvanceToNextUtc(18, 30); // 02:30 in Beijing

        await _app.NotifyAsync(reader.Id, NotificationKinds.ComplaintProgress, "TS-20260002");
        await _app.DeliverAllAsync();

        var sms = Assert.Single(await _app.KeptForAsync(Channel.Sms, reader.Mobile!));
        Assert.Contains("TS-20260002", sms.Text, StringComparison.Ordinal);
        Assert.Equal(night, sms.AtUtc);
    }

    [Fact]
    public async Task QuietHoursWithinADay_HoldTheSmsUntilTheirEnd_TheEmailGoesAtOnce()
    {
        var (reader, email) = await _app.ReaderAsync(quietFrom: new TimeOnly(12, 0), quietUntil: new TimeOnly(14, 0));
        var noon = _app.AdvanceToNextUtc(4, 30); // 12:30 in Beijing

        await _app.NotifyAsync(reader.Id, NotificationKinds.ComplaintDueSoon, "TS-20260003", "2026-12-31");
        await _app.DeliverAllAsync();

        var held = Assert.Single(await _app.OutboxToAsync(Channel.Sms, reader.Mobile!));
        Assert.Equal(noon.AddMinutes(90), held.NotBeforeUtc); // 14:00 in Beijing
        Assert.Equal(OutboxStatus.Pending, held.Status);
        Assert.Empty(await _app.KeptForAsync(Channel.Sms, reader.Mobile!));
        // A mailbox waits to be read: quiet hours do not hold e-mail.
        var mail = Assert.Single(await _app.KeptForAsync(Channel.Email, email));
        Assert.Contains("TS-20260003", mail.Text, StringComparison.Ordinal);
    }
}
