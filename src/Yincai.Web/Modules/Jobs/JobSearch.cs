using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// The keyword search that the public job list and 找岗位 share: every term must occur in the job's folded
/// <see cref="Job.SearchText"/> (title, description, employer, tags) or in the name of a major the job asks for.
/// Major names are matched here, against the catalog, so a job's stored text need not repeat them.
/// On PostgreSQL a trigram index (pg_trgm, migration SearchIndexes) serves the LIKE of a term of three characters or
/// more, and a GIN index the majors; shorter terms are common words, found quickly along the list's ordered index.
/// </summary>
public static class JobSearch
{
    public static IQueryable<Job> Matching(this IQueryable<Job> jobs, SearchTerms query, MajorCatalog majors)
    {
        foreach (var term in query.Terms)
        {
            var codes = majors.All.Where(m => SearchTerms.Normalize(m.Name).Contains(term, StringComparison.Ordinal))
                .Select(m => m.Code).ToList();
            jobs = codes.Count == 0
                ? jobs.Where(j => j.SearchText.Contains(term))
                : jobs.Where(j => j.SearchText.Contains(term) || j.MajorCodes.Any(c => codes.Contains(c)));
        }
        return jobs;
    }
}
