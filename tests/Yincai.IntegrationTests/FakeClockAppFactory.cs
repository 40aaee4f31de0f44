using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Yincai.IntegrationTests;

/// <summary>
/// The app on a clock the test moves (<see cref="Time"/> replaces the <see cref="TimeProvider"/> singleton, so
/// <see cref="ChinaClock"/> and every instant follow it). It starts at the real time, so that accounts, sessions and
/// the demo data are of an ordinary age, and only moves forward: a test goes to the next moment it needs with
/// <see cref="AdvanceToNextUtc"/>, whatever ran before it.
/// </summary>
public class FakeClockAppFactory : YincaiAppFactory
{
    public FakeClockAppFactory() : this(DateTimeOffset.UtcNow) { }

    /// <summary>A clock that starts at <paramref name="start"/> instead (a date whose holidays a test needs).</summary>
    protected FakeClockAppFactory(DateTimeOffset start) => Time = new FakeWallClock(start);

    public FakeTimeProvider Time { get; }

    /// <summary>The date in China now, by the fake clock.</summary>
    public DateOnly ChinaToday => ChinaClock.DateOf(Time.GetUtcNow().UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>Moves the clock to <paramref name="hour"/>:<paramref name="minute"/> UTC of the next day (a day or two
    /// ahead) and returns that instant.</summary>
    public DateTime AdvanceToNextUtc(int hour, int minute)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var next = new DateTime(now.Year, now.Month, now.Day, hour, minute, 0, DateTimeKind.Utc).AddDays(1);
        Time.SetUtcNow(new DateTimeOffset(next));
        return next;
    }

    /// <summary>Moves the clock forward to <paramref name="utc"/>.</summary>
    public void SetUtc(DateTime utc) => Time.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}

/// <summary>
/// A fake wall clock whose timers and stopwatch run in real time: the app's background rounds (the matching index's
/// polling, expiry) and anything that measures elapsed time go on as in production while the date is the test's.
/// A plain <see cref="FakeTimeProvider"/> stops them all, and the app's requests then wait forever.
/// </summary>
public sealed class FakeWallClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);

    public override long GetTimestamp() => System.GetTimestamp();

    public override long TimestampFrequency => System.TimestampFrequency;
}
