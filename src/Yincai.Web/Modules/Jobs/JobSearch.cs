using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// The keyword search that the public job list and 找岗位 share: every term must occur in the job's folded
/// <see cref="Job.SearchText"/> (title, description, employer, tags) or in the name of a major the job asks for.
/// Major names are matched here, against the catalog, so a job's stored text need not repeat them.
/// With <paramref name="bigramIndex"/> (PostgreSQL) each term of two characters or more is first looked up in the
/// bigram index (<see cref="SearchGrams"/>) and then checked by the same LIKE, so results stay exact.
/// </summary>
public static class JobSearch
{
    public static IQueryable<Job> Matching(this IQueryable<Job> jobs, SearchTerms query, MajorCatalog majors, bool bigramIndex)
    {
        foreach (var term in query.Terms)
        {
            var codes = majors.All.Where(m => SearchTerms.Normalize(m.Name).Contains(term, StringComparison.Ordinal))
                .Select(m => m.Code).ToList();
            var grams = bigramIndex ? SearchGrams.Of(term) : [];
            jobs = (codes.Count, grams.Length) switch
            {
                (0, 0) => jobs.Where(j => j.SearchText.Contains(term)),
                (0, _) => jobs.Where(j => SearchGrams.Cover(j.SearchText, grams) && j.SearchText.Contains(term)),
                (_, 0) => jobs.Where(j => j.SearchText.Contains(term) || j.MajorCodes.Any(c => codes.Contains(c))),
                _ => jobs.Where(j => (SearchGrams.Cover(j.SearchText, grams) && j.SearchText.Contains(term)) || j.MajorCodes.Any(c => codes.Contains(c))),
            };
        }
        return jobs;
    }
}
