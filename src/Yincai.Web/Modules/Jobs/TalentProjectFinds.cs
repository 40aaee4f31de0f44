using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>找项目, talents' side: published talents' projects by title or summary; the owner shows by masked name only.</summary>
public sealed class TalentProjectFinds(TalentProjects projects, RegionDirectory regions, IStringLocalizer<JobsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Projects;
    public int Order => 1;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var open = projects.Open();
        foreach (var term in query.Terms)
            open = open.Where(p => p.Title.ToLower().Contains(term) || p.Summary.ToLower().Contains(term));
        var (total, capped) = await SixFinds.CappedCountAsync(open, cancellationToken);
        var rows = total == 0 || take <= 0 ? [] : await open.OrderByDescending(p => p.PublishedAtUtc).Take(take)
            .Select(p => new { p.Id, p.Title, p.Summary, p.OwnerMaskedName, p.RegionCode, p.Stage }).ToListAsync(cancellationToken);
        var names = await regions.NamesAsync(rows.Select(p => p.RegionCode).Distinct().ToList(), cancellationToken);
        var hits = rows.Select(p => new SixFindsHit(p.Title, $"/Jobs/Projects/View?id={p.Id}", SixFinds.Shorten(p.Summary),
            $"{text["Tab_Projects"]} · {p.OwnerMaskedName} · {names.GetValueOrDefault(p.RegionCode)} · {text["Stage_" + p.Stage]}")).ToList();
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Jobs/Projects", query), text["Tab_Projects"]));
    }
}
