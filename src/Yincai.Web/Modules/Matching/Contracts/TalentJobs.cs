namespace Yincai.Modules.Matching.Contracts;

/// <summary>A job suggested for a talent, as another module lists it.</summary>
public sealed record JobSuggestion(Guid JobId, string Title, string EmployerName, string RegionName, float Score);

/// <summary>The best published jobs for talents of the officer's scope, for other modules' pages (the ambassadors who want
/// to come back, AMB-12). None while matching is being prepared: the page still works, without suggestions.</summary>
public sealed class TalentJobs(Matches matches)
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<JobSuggestion>>> BestAsync(IReadOnlyCollection<Guid> talentIds, int take,
        CancellationToken cancellationToken)
    {
        if (!await matches.ReadyAsync(cancellationToken)) return new Dictionary<Guid, IReadOnlyList<JobSuggestion>>();
        return (await matches.BestJobsForAsync(talentIds, take, cancellationToken)).ToDictionary(x => x.Key,
            x => (IReadOnlyList<JobSuggestion>)x.Value.Select(j => new JobSuggestion(j.JobId, j.Title, j.EmployerName, j.RegionName, j.Score)).ToList());
    }
}
