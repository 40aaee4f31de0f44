using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Yincai.IntegrationTests.Modules.Events;

/// <summary>The app with a clock the test sets (it starts at the real time and only moves forward).</summary>
public sealed class FakeClockAppFactory : YincaiAppFactory
{
    public FakeTimeProvider Clock { get; } = new JumpingClock(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// A fake "now" whose timers run on real time: FakeTimeProvider fires a periodic timer once for every period it is
    /// moved over, and a jump of six days would fire the index's 500 ms poll a million times, inline.
    /// </summary>
    private sealed class JumpingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime, period);
    }
}
