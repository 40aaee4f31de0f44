using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>An office with its region's name, as the lists, the directory and the six finds show it.</summary>
public sealed class OfficeListing
{
    public Guid Id { get; init; }
    public string RegionCode { get; init; } = "";
    public string RegionName { get; init; } = "";
    public string Name { get; init; } = "";
    public string Address { get; init; } = "";
    public string Phone { get; init; } = "";
    public string OpeningHours { get; init; } = "";

    /// <summary>These offices with their region names, narrowed by every term (in the name, the address or the region name),
    /// in region then name order.</summary>
    public static IQueryable<OfficeListing> Query(IQueryable<Office> offices, YincaiDb db, SearchTerms terms)
    {
        var listed = from o in offices
                     join r in db.Regions on o.RegionCode equals r.Code
                     select new OfficeListing
                     {
                         Id = o.Id, RegionCode = o.RegionCode, RegionName = r.Name, Name = o.Name, Address = o.Address, Phone = o.Phone,
                         OpeningHours = o.OpeningHours,
                     };
        foreach (var term in terms.Terms)
            listed = listed.Where(o => o.Name.ToLower().Contains(term) || o.Address.ToLower().Contains(term) || o.RegionName.Contains(term));
        return listed.OrderBy(o => o.RegionCode).ThenBy(o => o.Name);
    }
}
