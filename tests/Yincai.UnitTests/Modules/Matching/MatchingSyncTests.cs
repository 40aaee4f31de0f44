using Yincai.Modules.Matching;

namespace Yincai.UnitTests.Modules.Matching;

public sealed class MatchingSyncTests
{
    [Fact]
    public void Backoff_AfterEachFailure_DoublesUpToTheCap()
    {
        var first = TimeSpan.FromSeconds(2);
        var max = TimeSpan.FromMinutes(5);

        var delays = Enumerable.Range(1, 10).Select(n => MatchingSync.Backoff(n, first, max).TotalSeconds).ToList();

        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 300, 300], delays);
        Assert.Equal(max, MatchingSync.Backoff(int.MaxValue, first, max));
    }
}
