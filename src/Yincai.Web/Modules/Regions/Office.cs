using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// A public employment and talent service office (公共就业人才服务机构) of a region: where graduates and
/// employers go in person, and the contact the platform shows them. Officers keep their own offices current.
/// </summary>
public sealed class Office : IRegionScoped, IFeedsChanges
{
    private Office() { }

    public Office(string regionCode, string name, string address, string phone, string openingHours)
    {
        Id = Ids.New();
        RegionCode = regionCode;
        (Name, Address, Phone, OpeningHours) = (name, address, phone, openingHours);
    }

    public Guid Id { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string OpeningHours { get; private set; } = "";
    public int Version { get; private set; }

    public void Update(string regionCode, string name, string address, string phone, string openingHours)
    {
        (RegionCode, Name, Address, Phone, OpeningHours) = (regionCode, name, address, phone, openingHours);
        Version++;
    }
}
