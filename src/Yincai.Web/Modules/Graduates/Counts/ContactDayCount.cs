using Yincai.Platform;

namespace Yincai.Modules.Graduates.Counts;

/// <summary>
/// GRD-03 materialised: for a county and a first-contact due date, the graduates whose contact was made on time, made late, is owed
/// (in the database, not contacted) and was never made before they left the database. Every graduate with a due date is in exactly
/// one of the four, so their sum is the number due that day. Whether an owed contact is overdue or not yet due is decided when read,
/// from <see cref="DueOn"/> and today, so no row ages. Written as changes (+1/−1) with the change they count and merged to one row per
/// key by <see cref="ContactServiceCounts.CompactAsync"/>.
/// </summary>
public sealed class ContactDayCount : IRegionScoped
{
    private ContactDayCount() { }

    public ContactDayCount(string regionCode, DateOnly dueOn, int onTime, int late, int owed, int left)
    {
        Id = Ids.New();
        (RegionCode, DueOn, OnTime, Late, Owed, Left) = (regionCode, dueOn, onTime, late, owed, left);
    }

    public Guid Id { get; private set; }

    /// <summary>The county.</summary>
    public string RegionCode { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public int OnTime { get; private set; }
    public int Late { get; private set; }
    public int Owed { get; private set; }
    public int Left { get; private set; }

    /// <summary>Adds another change of the same key, not yet saved (one row per key and save).</summary>
    internal void Add(int onTime, int late, int owed, int left) =>
        (OnTime, Late, Owed, Left) = (OnTime + onTime, Late + late, Owed + owed, Left + left);
}
