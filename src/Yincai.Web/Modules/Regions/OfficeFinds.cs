using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// 找平台: the public employment and talent service offices, by name, address or region name. Officers see their own
/// region's (YincaiDb's filter); everyone else sees all, and the public directory (/Offices) for more. Searched in memory
/// (<see cref="SixFindsRows"/>), in the directory's order.
/// </summary>
public sealed class OfficeFinds(YincaiDb db, SixFindsRows sets, IStringLocalizer<RegionsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Platforms;
    public int Order => 0;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var offices = await sets.GetAsync(Contracts.OfficeDirectory.Kind, db.ScopePrefix, async ct =>
            (await OfficeListing.Query(db.Offices.AsNoTracking(), db, SearchTerms.None).ToListAsync(ct))
                .Select(o => new SixFindsRow<OfficeListing>(o, SixFindsRows.Fold(o.Name, o.Address, o.RegionName))).ToList(), cancellationToken);
        var (rows, total, capped) = SixFindsRows.Match(offices, query, take);
        var hits = rows.Select(o => new SixFindsHit(o.Name, null, $"{o.Address} · {o.Phone} · {o.OpeningHours}", o.RegionName)).ToList();
        // Officers go to the list they keep; everyone else to the public directory, with the same words.
        var more = viewer.IsInRole(Roles.Officer) ? new SixFindsLink("/Regions/Offices", text["Nav_Offices"])
            : new SixFindsLink("/Offices?q=" + Uri.EscapeDataString(query.Text), text["Directory_Title"]);
        return new SixFindsResult(hits, total, capped, more);
    }
}
