using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>找岗位: published jobs (the public job list's set) whose title, description, employer, tags or majors hold every term
/// (<see cref="JobSearch"/>, as on the job list).</summary>
public sealed class JobFinds(JobPostings postings, RegionDirectory regions, IStringLocalizer<JobsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Jobs;
    public int Order => 0;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var found = await postings.SearchAsync(query, Search.JobListFilter.None, 1, Math.Max(take, 1), cancellationToken);
        var rows = take <= 0 ? [] : found.Items;
        var (total, capped) = (found.Total, found.TotalIsCapped);
        var names = await regions.NamesAsync(rows.Select(j => j.RegionCode).Distinct().ToList(), cancellationToken);
        var hits = rows.Select(j => new SixFindsHit(j.Title, $"/Jobs/View?id={j.Id}", j.EmployerName,
            $"{names.GetValueOrDefault(j.RegionCode)} · {text["Type_" + j.Type]} · {text["Salary", j.SalaryMinYuan, j.SalaryMaxYuan]}")).ToList();
        return new SixFindsResult(hits, total, capped, new SixFindsLink(SixFinds.WithQuery("/Jobs", query), text["Tab_Jobs"]));
    }
}
