using Yincai.Platform;

namespace Yincai.Modules.Stations.Lodging;

/// <summary>A room a station offers at a discount to talents coming to look for work (STN-03, 特价住宿): its beds and nightly price.</summary>
public sealed class Room : IRegionScoped
{
    private Room() { }

    public Room(Guid stationId, string regionCode, string name, int beds, long nightlyFen)
    {
        Id = Ids.New();
        (StationId, RegionCode, Name, Beds, NightlyFen, IsActive) = (stationId, regionCode, name, beds, nightlyFen, true);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Beds { get; private set; }
    public long NightlyFen { get; private set; }
    /// <summary>Withdrawn rooms take no new bookings; those made stay.</summary>
    public bool IsActive { get; private set; }

    public void Change(string name, int beds, long nightlyFen, bool active) => (Name, Beds, NightlyFen, IsActive) = (name, beds, nightlyFen, active);
}
