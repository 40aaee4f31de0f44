using System.Linq.Expressions;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Regions;

internal static class OfficeMapping
{
    /// <summary>For queries: EF selects only these columns.</summary>
    public static readonly Expression<Func<Office, OfficeSummary>> Projection = o =>
        new OfficeSummary(o.Id, o.RegionCode, o.Name, o.Address, o.Phone, o.OpeningHours, o.Version);

    private static readonly Func<Office, OfficeSummary> Compiled = Projection.Compile();

    public static OfficeSummary ToSummary(this Office o) => Compiled(o);
}
