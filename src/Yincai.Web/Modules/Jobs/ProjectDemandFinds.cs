using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>找项目, employers' side: published project demands whose title, description or employer hold every term.</summary>
public sealed class ProjectDemandFinds(ProjectDemands demands, RegionDirectory regions, IStringLocalizer<JobsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Projects;
    public int Order => 0;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var open = demands.Open();
        foreach (var term in query.Terms)
            open = open.Where(d => d.Title.ToLower().Contains(term) || d.Description.ToLower().Contains(term)
                || d.EmployerName.ToLower().Contains(term));
        var (total, capped) = await SixFinds.CappedCountAsync(open, cancellationToken);
        var rows = total == 0 || take <= 0 ? [] : await open.OrderByDescending(d => d.PublishedAtUtc).Take(take)
            .Select(d => new { d.Id, d.Title, d.Description, d.EmployerName, d.RegionCode, d.Mode }).ToListAsync(cancellationToken);
        var names = await regions.NamesAsync(rows.Select(d => d.RegionCode).Distinct().ToList(), cancellationToken);
        var hits = rows.Select(d => new SixFindsHit(d.Title, $"/Jobs/Demands/View?id={d.Id}", SixFinds.Shorten(d.Description),
            $"{text["Tab_Demands"]} · {d.EmployerName} · {names.GetValueOrDefault(d.RegionCode)} · {text["Mode_" + d.Mode]}")).ToList();
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Jobs/Demands", query), text["Tab_Demands"]));
    }
}
