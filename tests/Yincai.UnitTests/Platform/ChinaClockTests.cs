using Microsoft.Extensions.Time.Testing;
using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

public sealed class ChinaClockTests
{
    private static ChinaClock At(int year, int month, int day, int hour, int minute) =>
        new(new FakeTimeProvider(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero)));

    [Fact]
    public void Today_At2330Utc_IsTheNextDayInChina()
    {
        var clock = At(2026, 12, 2, 23, 30); // 07:30 on 3 December in Beijing

        var today = clock.Today;

        Assert.Equal(new DateOnly(2026, 12, 3), today);
    }

    [Fact]
    public void Today_At1630Utc_IsAlreadyTheNextDayInChina()
    {
        var clock = At(2026, 12, 2, 16, 30); // 00:30 on 3 December in Beijing

        var today = clock.Today;

        Assert.Equal(new DateOnly(2026, 12, 3), today);
    }

    [Fact]
    public void Today_At1559Utc_IsStillTheSameDayInChina()
    {
        var clock = At(2026, 12, 2, 15, 59); // 23:59 on 2 December in Beijing

        var today = clock.Today;

        Assert.Equal(new DateOnly(2026, 12, 2), today);
    }

    [Fact]
    public void Now_FakeTimeAdvanced_FollowsTheProvider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero));
        var clock = new ChinaClock(time);

        time.Advance(TimeSpan.FromMinutes(45));

        Assert.Equal(new DateTime(2027, 1, 1, 0, 15, 0), clock.Now); // New Year in Beijing, still 31 December in UTC
        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today);
        Assert.Equal(new DateTime(2026, 12, 31, 16, 15, 0, DateTimeKind.Utc), clock.UtcNow);
    }

    [Fact]
    public void StartOfDayUtc_ChinaDay_Is1600UtcTheDayBefore()
    {
        var start = ChinaClock.StartOfDayUtc(new DateOnly(2026, 12, 3));

        Assert.Equal(new DateTime(2026, 12, 2, 16, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Fact]
    public void EndOfDayUtc_ChinaDay_IsTheNextDaysStart()
    {
        var end = ChinaClock.EndOfDayUtc(new DateOnly(2026, 12, 3));

        Assert.Equal(new DateTime(2026, 12, 3, 16, 0, 0, DateTimeKind.Utc), end);
    }

    [Fact]
    public void ToUtc_OfToChina_ReturnsTheInstant()
    {
        var instant = new DateTime(2026, 6, 30, 17, 45, 0, DateTimeKind.Utc);

        var china = ChinaClock.ToChina(instant);

        Assert.Equal(new DateTime(2026, 7, 1, 1, 45, 0), china);
        Assert.Equal(DateTimeKind.Unspecified, china.Kind);
        Assert.Equal(instant, ChinaClock.ToUtc(china));
    }

    [Fact]
    public void DateOf_LastInstantOfTheChinaDay_IsThatDay()
    {
        var day = new DateOnly(2027, 2, 6);

        Assert.Equal(day, ChinaClock.DateOf(ChinaClock.StartOfDayUtc(day)));
        Assert.Equal(day, ChinaClock.DateOf(ChinaClock.EndOfDayUtc(day) - TimeSpan.FromTicks(1)));
        Assert.Equal(day.AddDays(1), ChinaClock.DateOf(ChinaClock.EndOfDayUtc(day)));
    }

    [Fact]
    public void StartOfYearUtc_2027_IsNewYearsEveAt1600Utc()
    {
        var start = ChinaClock.StartOfYearUtc(2027);

        Assert.Equal(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), start);
    }
}
