namespace Yincai.Platform;

/// <summary>A clock set back by <paramref name="by"/>: demo data made through the services as if it happened days ago.</summary>
public sealed class EarlierClock(TimeProvider time, TimeSpan by) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => time.GetUtcNow() - by;
}
