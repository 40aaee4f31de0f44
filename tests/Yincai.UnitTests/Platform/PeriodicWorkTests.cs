using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

/// <summary>Background work runs at start and then every interval; a failed round is logged and the next one still runs.</summary>
public sealed class PeriodicWorkTests
{
    private sealed class Rounds(FakeTimeProvider clock, Func<int, Exception?> failure) : PeriodicWork(clock, NullLogger.Instance)
    {
        public int Count;
        public readonly SemaphoreSlim Ran = new(0);

        protected override TimeSpan Interval => TimeSpan.FromMinutes(10);

        protected override Task RunOnceAsync(CancellationToken cancellationToken)
        {
            var round = ++Count;
            Ran.Release();
            return failure(round) is { } e ? Task.FromException(e) : Task.CompletedTask;
        }

        protected override bool IsLostRace(Exception exception) => exception is TimeoutException;
    }

    [Fact]
    public async Task Rounds_AfterAFailureAndALostRace_GoOnEveryInterval()
    {
        var clock = new FakeTimeProvider();
        var work = new Rounds(clock, round => round switch { 1 => new InvalidOperationException("down"), 2 => new TimeoutException(), _ => null });
        var ct = TestContext.Current.CancellationToken;

        await work.StartAsync(ct);
        Assert.True(await work.Ran.WaitAsync(TimeSpan.FromSeconds(5), ct));
        clock.Advance(TimeSpan.FromMinutes(9));
        var early = await work.Ran.WaitAsync(TimeSpan.FromMilliseconds(200), ct);
        for (var i = 0; i < 2; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(i == 0 ? 1 : 10));
            Assert.True(await work.Ran.WaitAsync(TimeSpan.FromSeconds(5), ct));
        }
        await work.StopAsync(ct);

        Assert.False(early);
        Assert.Equal(3, work.Count);
    }

    [Fact]
    public async Task FirstRound_AFailedRoundAtStart_EndsAndTheWorkGoesOn()
    {
        var clock = new FakeTimeProvider();
        var work = new Rounds(clock, round => round == 1 ? new InvalidOperationException("down") : null);
        var ct = TestContext.Current.CancellationToken;
        Assert.False(work.FirstRound.IsCompleted);

        await work.StartAsync(ct);
        await work.FirstRound.WaitAsync(TimeSpan.FromSeconds(5), ct);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await work.Ran.WaitAsync(TimeSpan.FromSeconds(5), ct));
        Assert.True(await work.Ran.WaitAsync(TimeSpan.FromSeconds(5), ct));
        await work.StopAsync(ct);

        Assert.Equal(2, work.Count);
    }
}
