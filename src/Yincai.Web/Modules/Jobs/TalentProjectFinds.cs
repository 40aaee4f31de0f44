using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>找项目, talents' side: published talents' projects by title or summary, newest first; the owner shows by masked
/// name only. Searched in memory (<see cref="SixFindsRows"/>); a project past its valid-until date is left out on the day.</summary>
public sealed class TalentProjectFinds(TalentProjects projects, YincaiDb db, SixFindsRows sets, ChinaClock clock, RegionDirectory regions,
    IStringLocalizer<JobsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Projects;
    public int Order => 1;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var open = await sets.GetAsync(MatchablePostings.ProjectKind, db.ScopePrefix, async ct =>
            (await projects.Open().OrderByDescending(p => p.PublishedAtUtc)
                .Select(p => new { p.Id, p.Title, p.Summary, p.OwnerMaskedName, p.RegionCode, p.Stage, p.ValidUntil }).ToListAsync(ct))
            .Select(p => new SixFindsRow<Found>(new Found(p.Id, p.Title, SixFinds.Shorten(p.Summary), p.OwnerMaskedName, p.RegionCode, p.Stage, p.ValidUntil),
                SixFindsRows.Fold(p.Title, p.Summary))).ToList(), cancellationToken);
        var today = clock.Today;
        var (rows, total, capped) = SixFindsRows.Match(open.Where(p => PostingQueries.StillOpenOn(p.Item.ValidUntil, today)), query, take);
        var names = await regions.NamesAsync(rows.Select(p => p.RegionCode).Distinct().ToList(), cancellationToken);
        var hits = rows.Select(p => new SixFindsHit(p.Title, $"/Jobs/Projects/View?id={p.Id}", p.Snippet,
            $"{text["Tab_Projects"]} · {p.OwnerMaskedName} · {names.GetValueOrDefault(p.RegionCode)} · {text["Stage_" + p.Stage]}")).ToList();
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Jobs/Projects", query), text["Tab_Projects"]));
    }

    private sealed record Found(Guid Id, string Title, string Snippet, string OwnerMaskedName, string RegionCode, ProjectStage Stage, DateOnly ValidUntil);
}
