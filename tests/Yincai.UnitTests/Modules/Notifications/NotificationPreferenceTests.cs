using Yincai.Modules.Notifications;

namespace Yincai.UnitTests.Modules.Notifications;

/// <summary>Quiet hours in China time: a message that can wait is held until they end.</summary>
public sealed class NotificationPreferenceTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);

    private static NotificationPreference With(TimeOnly? from, TimeOnly? until)
    {
        var preference = new NotificationPreference(Guid.CreateVersion7(), Now);
        preference.Change(email: true, sms: true, null, from, until, "zh-CN", digest: true, Now);
        return preference;
    }

    [Theory]
    [InlineData("2026-03-02 21:59", "2026-03-02 21:59")] // before
    [InlineData("2026-03-02 22:00", "2026-03-03 08:00")] // from: quiet
    [InlineData("2026-03-02 23:00", "2026-03-03 08:00")]
    [InlineData("2026-03-03 00:00", "2026-03-03 08:00")] // after midnight: the same morning
    [InlineData("2026-03-03 07:59", "2026-03-03 08:00")]
    [InlineData("2026-03-03 08:00", "2026-03-03 08:00")] // until: not quiet
    [InlineData("2026-03-03 12:00", "2026-03-03 12:00")]
    public void AfterQuietHours_TheDefaultNight_EndsAtEight(string chinaNow, string expected)
    {
        var preference = new NotificationPreference(Guid.CreateVersion7(), Now); // 22:00–08:00 by default

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            preference.AfterQuietHours(DateTime.Parse(chinaNow, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-03-02 11:59", "2026-03-02 11:59")]
    [InlineData("2026-03-02 12:00", "2026-03-02 14:00")]
    [InlineData("2026-03-02 13:30", "2026-03-02 14:00")]
    [InlineData("2026-03-02 14:00", "2026-03-02 14:00")]
    [InlineData("2026-03-02 23:00", "2026-03-02 23:00")]
    public void AfterQuietHours_WithinADay_EndAtTheirEnd(string chinaNow, string expected)
    {
        var preference = With(new TimeOnly(12, 0), new TimeOnly(14, 0));

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            preference.AfterQuietHours(DateTime.Parse(chinaNow, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("22:00", null)]
    [InlineData("09:00", "09:00")]
    public void AfterQuietHours_WithoutAPair_IsNow(string? from, string? until)
    {
        var preference = With(from is null ? null : TimeOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            until is null ? null : TimeOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture));
        var chinaNow = new DateTime(2026, 3, 2, 23, 30, 0);

        Assert.Equal(chinaNow, preference.AfterQuietHours(chinaNow));
    }
}
