using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>找平台 (STN-12): the named talent stations and returnee homes, by name, organisation, address or introduction, after
/// the service offices, newest named first. Public facts, so everyone sees all of them: one set in memory for all
/// (<see cref="SixFindsRows"/>).</summary>
public sealed class StationFinds(YincaiDb db, SixFindsRows sets, IStringLocalizer<StationsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Platforms;
    public int Order => 1;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var stations = await sets.GetAsync(StationDirectory.Kind, null, async ct =>
            // Public facts: an officer finds the stations of other regions as anyone does.
            (await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.Status == StationStatus.Named)
                .OrderByDescending(s => s.NamedOn).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.Name, s.OrganisationName, s.Address, s.ContactPhone, s.Introduction }).ToListAsync(ct))
            .Select(s => new SixFindsRow<SixFindsHit>(
                new SixFindsHit(s.Name, $"/Stations/View?id={s.Id}", SixFinds.Shorten(s.Introduction), $"{s.Address} · {s.ContactPhone}"),
                SixFindsRows.Fold(s.Name, s.OrganisationName, s.Address, s.Introduction))).ToList(), cancellationToken);
        var (hits, total, capped) = SixFindsRows.Match(stations, query, take);
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Stations", query), text["Public_Title"]));
    }
}
