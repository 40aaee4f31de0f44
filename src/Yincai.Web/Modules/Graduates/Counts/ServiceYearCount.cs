using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// GRD-02 materialised: for a county, the graduates in the database who want a job, by the latest year whose services met the standard
/// (<see cref="Graduate.StandardMetYear"/>; 0 for none yet). Those wanting a job are the sum of <see cref="WantingJob"/>; those short of
/// services in a year the sum over the other years, decided when read, so a new year needs no change of rows. Written as changes
/// (+1/−1) with the change they count and merged to one row per key by <see cref="ContactServiceCounts.CompactAsync"/>.
/// </summary>
public sealed class ServiceYearCount : IRegionScoped
{
    private ServiceYearCount() { }

    public ServiceYearCount(string regionCode, int metYear, int wantingJob)
    {
        Id = Ids.New();
        (RegionCode, MetYear, WantingJob) = (regionCode, metYear, wantingJob);
    }

    public Guid Id { get; private set; }

    /// <summary>The county.</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>The year whose services met the standard, 0 for none (a key column: no null to compare).</summary>
    public int MetYear { get; private set; }
    public int WantingJob { get; private set; }

    /// <summary>Adds another change of the same key, not yet saved (one row per key and save).</summary>
    internal void Add(int wantingJob) => WantingJob += wantingJob;
}
