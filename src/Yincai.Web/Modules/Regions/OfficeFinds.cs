using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// 找平台: the public employment and talent service offices, by name, address or region name. Officers see their own
/// region's (YincaiDb's filter); everyone else sees all, and the public directory (/Offices) for more. Stations add their
/// own source when they arrive.
/// </summary>
public sealed class OfficeFinds(YincaiDb db, IStringLocalizer<RegionsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Platforms;
    public int Order => 0;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var offices = OfficeListing.Query(db.Offices.AsNoTracking(), db, query);
        var (total, capped) = await SixFinds.CappedCountAsync(offices, cancellationToken);
        var rows = total == 0 || take <= 0 ? [] : await offices.Take(take).ToListAsync(cancellationToken);
        var hits = rows.Select(o => new SixFindsHit(o.Name, null, $"{o.Address} · {o.Phone} · {o.OpeningHours}", o.RegionName)).ToList();
        // Officers go to the list they keep; everyone else to the public directory, with the same words.
        var more = viewer.IsInRole(Roles.Officer) ? new SixFindsLink("/Regions/Offices", text["Nav_Offices"])
            : new SixFindsLink("/Offices?q=" + Uri.EscapeDataString(query.Text), text["Directory_Title"]);
        return new SixFindsResult(hits, total, capped, more);
    }
}
