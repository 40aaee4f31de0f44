using System.Collections.Concurrent;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.UnitTests.Platform.Protection;

public sealed class RandomBytesTests
{
    [Fact]
    public void Nonces_TakenAcrossManyRefills_NeverRepeatAndAreNeverZero()
    {
        // 12-byte nonces, 100,000 of them: some 300 refills of the per-thread buffer.
        var seen = new HashSet<string>();
        Span<byte> nonce = stackalloc byte[12];
        for (var i = 0; i < 100_000; i++)
        {
            RandomBytes.Fill(nonce);
            Assert.True(seen.Add(Convert.ToHexString(nonce)), $"nonce {i} repeated an earlier one");
        }
        Assert.DoesNotContain(new string('0', 24), seen);
    }

    [Fact]
    public void Nonces_FromManyThreadsAtOnce_NeverRepeat()
    {
        var seen = new ConcurrentDictionary<string, bool>();
        Parallel.For(0, 8, _ =>
        {
            var nonce = new byte[12];
            for (var i = 0; i < 20_000; i++)
            {
                RandomBytes.Fill(nonce);
                Assert.True(seen.TryAdd(Convert.ToHexString(nonce), true), "a nonce was handed to two threads or twice");
            }
        });
        Assert.Equal(160_000, seen.Count);
    }

    [Fact]
    public void Bytes_AreSpreadOverEveryValue()
    {
        // A buffer handed out twice, or left unfilled, shows as a skewed count long before this bound.
        var counts = new int[256];
        var chunk = new byte[16];
        for (var i = 0; i < 16_000; i++)
        {
            RandomBytes.Fill(chunk);
            foreach (var b in chunk) counts[b]++;
        }
        Assert.All(counts, c => Assert.InRange(c, 700, 1_300)); // 1,000 expected each
    }

    [Fact]
    public void Ids_AreVersion7_SortByTime_AndNeverRepeat()
    {
        var before = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = Enumerable.Range(0, 50_000).Select(_ => Ids.New()).ToList();
        var after = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2)); // RFC 9562's variant: 10xx
        // The first 48 bits are the Unix time in milliseconds, as Guid.CreateVersion7 writes them (text order = time order).
        var first = Convert.ToInt64(ids[0].ToString("N")[..12], 16);
        var last = Convert.ToInt64(ids[^1].ToString("N")[..12], 16);
        Assert.InRange(first, before, after);
        Assert.InRange(last, first, after);
    }
}
