using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>找项目, employers' side: published project demands whose title, description or employer hold every term, newest
/// first. Searched in memory (<see cref="SixFindsRows"/>); a demand past its valid-until date is left out on the day.</summary>
public sealed class ProjectDemandFinds(ProjectDemands demands, YincaiDb db, SixFindsRows sets, ChinaClock clock, RegionDirectory regions,
    IStringLocalizer<JobsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Projects;
    public int Order => 0;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var open = await sets.GetAsync(MatchablePostings.DemandKind, db.ScopePrefix, async ct =>
            (await demands.Open().OrderByDescending(d => d.PublishedAtUtc)
                .Select(d => new { d.Id, d.Title, d.Description, d.EmployerName, d.RegionCode, d.Mode, d.ValidUntil }).ToListAsync(ct))
            .Select(d => new SixFindsRow<Found>(new Found(d.Id, d.Title, SixFinds.Shorten(d.Description), d.EmployerName, d.RegionCode, d.Mode, d.ValidUntil),
                SixFindsRows.Fold(d.Title, d.Description, d.EmployerName))).ToList(), cancellationToken);
        var today = clock.Today;
        var (rows, total, capped) = SixFindsRows.Match(open.Where(d => PostingQueries.StillOpenOn(d.Item.ValidUntil, today)), query, take);
        var names = await regions.NamesAsync(rows.Select(d => d.RegionCode).Distinct().ToList(), cancellationToken);
        var hits = rows.Select(d => new SixFindsHit(d.Title, $"/Jobs/Demands/View?id={d.Id}", d.Snippet,
            $"{text["Tab_Demands"]} · {d.EmployerName} · {names.GetValueOrDefault(d.RegionCode)} · {text["Mode_" + d.Mode]}")).ToList();
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Jobs/Demands", query), text["Tab_Demands"]));
    }

    private sealed record Found(Guid Id, string Title, string Snippet, string EmployerName, string RegionCode, CooperationMode Mode, DateOnly ValidUntil);
}
