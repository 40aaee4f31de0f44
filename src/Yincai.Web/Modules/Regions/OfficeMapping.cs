using Yincai.Modules.Regions.Contracts;
namespace Yincai.Modules.Regions;

internal static class OfficeMapping
{
    public static OfficeSummary ToSummary(this Office o) =>
        new(o.Id, o.RegionCode, o.Name, o.Address, o.Phone, o.OpeningHours, o.Version);
}
