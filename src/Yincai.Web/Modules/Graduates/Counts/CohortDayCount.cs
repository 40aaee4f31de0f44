using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// GRD-15 materialised: for a cohort and county, the graduates who joined the database on <see cref="Day"/> and the net change on that
/// day in those placed by the step then in force (+1 placed from this day, −1 no longer). The cohort's total is the sum of
/// <see cref="Joined"/>; those placed on a date the sum of <see cref="Placed"/> up to it. Written with the change it counts (one row
/// each, so that no two saves touch the same row) and merged to one row per key by <see cref="CohortCounts.CompactAsync"/>.
/// </summary>
public sealed class CohortDayCount : IRegionScoped
{
    private CohortDayCount() { }

    public CohortDayCount(int cohort, string regionCode, DateOnly day, int joined, int placed)
    {
        Id = Ids.New();
        (Cohort, RegionCode, Day, Joined, Placed) = (cohort, regionCode, day, joined, placed);
    }

    public Guid Id { get; private set; }
    public int Cohort { get; private set; }

    /// <summary>The county.</summary>
    public string RegionCode { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public int Joined { get; private set; }
    public int Placed { get; private set; }
}
