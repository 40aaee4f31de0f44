using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>How often a city's active ambassadors get the digest of new policies, jobs and events (AMB-09).</summary>
public sealed class DigestSchedule : IRegionScoped
{
    private DigestSchedule() { }

    public DigestSchedule(string cityCode, int intervalDays, DateTime nowUtc)
    {
        RegionCode = cityCode;
        Set(intervalDays, nowUtc);
    }

    public string RegionCode { get; private set; } = "";
    public int IntervalDays { get; private set; }
    public DateTime? LastSentAtUtc { get; private set; }
    public DateTime NextDueAtUtc { get; private set; }
    public int Version { get; private set; }

    public void Set(int intervalDays, DateTime nowUtc)
    {
        IntervalDays = Math.Clamp(intervalDays, 1, 90);
        // A new interval counts from the last digest, or from now for a city that has had none.
        NextDueAtUtc = (LastSentAtUtc ?? nowUtc).AddDays(LastSentAtUtc is null ? 0 : IntervalDays);
        Version++;
    }

    public void Sent(DateTime nowUtc)
    {
        (LastSentAtUtc, NextDueAtUtc) = (nowUtc, nowUtc.AddDays(IntervalDays));
        Version++;
    }
}
