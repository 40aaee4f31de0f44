using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>找平台 (STN-12): the named talent stations and returnee homes, by name, organisation, address or introduction, after
/// the service offices. Public facts, so everyone sees all of them.</summary>
public sealed class StationFinds(YincaiDb db, IStringLocalizer<StationsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Platforms;
    public int Order => 1;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        // Public facts: an officer finds the stations of other regions as anyone does.
        var stations = db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.Status == StationStatus.Named);
        foreach (var term in query.Terms)
            stations = stations.Where(s => s.Name.Contains(term) || s.OrganisationName.Contains(term) || s.Address.Contains(term) || s.Introduction.Contains(term));
        var (total, capped) = await SixFinds.CappedCountAsync(stations, cancellationToken);
        var rows = total == 0 || take <= 0 ? [] : await stations.OrderByDescending(s => s.NamedOn).ThenBy(s => s.Id).Take(take)
            .Select(s => new { s.Id, s.Name, s.Address, s.ContactPhone, s.Introduction }).ToListAsync(cancellationToken);
        var hits = rows.Select(s => new SixFindsHit(s.Name, $"/Stations/View?id={s.Id}", SixFinds.Shorten(s.Introduction), $"{s.Address} · {s.ContactPhone}")).ToList();
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Stations", query), text["Public_Title"]));
    }
}
