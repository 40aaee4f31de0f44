namespace Yincai.IntegrationTests.Modules.Complaints;

/// <summary>
/// The app on a clock the test moves, starting at 10:00 in Beijing on Monday 21 September 2026: just before the 中秋 and
/// 国庆 holidays of the loaded 2026 calendar (off 25–27 September and 1–7 October, worked Saturday 10 October), so that a
/// deadline in working days crosses them. <see cref="FakeClockAppFactory"/> starts at the real time and only moves forward,
/// and the loaded calendar ends in 2026. The deadline round and the outbox are driven by the test alone.
/// </summary>
public sealed class ComplaintCalendarAppFactory : FakeClockAppFactory
{
    public static readonly DateTime StartUtc = new(2026, 9, 21, 2, 0, 0, DateTimeKind.Utc);

    public ComplaintCalendarAppFactory() : base(new DateTimeOffset(StartUtc))
    {
        WithSetting("Complaints:CheckInterval", "7.00:00:00");
        WithSetting("Notifications:SendInBackground", "false");
    }
}
