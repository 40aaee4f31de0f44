using Microsoft.Extensions.Time.Testing;
using Yincai.Platform.PageCache;

namespace Yincai.UnitTests.Platform;

public sealed class SecondRequestsTests
{
    private static readonly TimeSpan Generation = TimeSpan.FromSeconds(30);

    [Fact]
    public void SeenBefore_AskedAgainWithinTwoGenerations_IsSeen_AndForgottenAfter()
    {
        var clock = new FakeTimeProvider();
        var seen = new SecondRequests(clock);

        var first = seen.SeenBefore("/Jobs?q=软件", Generation);
        var second = seen.SeenBefore("/Jobs?q=软件", Generation);
        var other = seen.SeenBefore("/Jobs?q=会计", Generation);
        clock.Advance(Generation); // the next generation still knows the last one
        var nextGeneration = seen.SeenBefore("/Jobs?q=会计", Generation);
        clock.Advance(Generation * 2);
        var long_after = seen.SeenBefore("/Jobs?q=软件", Generation);

        Assert.Equal((false, true, false, true, false), (first, second, other, nextGeneration, long_after));
    }

    [Fact]
    public void SeenBefore_MoreThanAGenerationHolds_StartsANewOne_SoMemoryStaysBounded()
    {
        var seen = new SecondRequests(new FakeTimeProvider());
        // A generation holds a few keys fewer than it noted when hashes meet, so a thousand more make sure the third has begun.
        for (var i = 0; i < SecondRequests.MostPerGeneration * 2 + 1000; i++) seen.SeenBefore("/Jobs?q=" + i, Generation);

        // The first generation was dropped when the third began; the second is still known.
        Assert.False(seen.SeenBefore("/Jobs?q=0", Generation));
        Assert.True(seen.SeenBefore("/Jobs?q=" + (SecondRequests.MostPerGeneration * 2 - 10), Generation));
    }
}
