using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// The keyword search that the public job list and 找岗位 share: every term must occur in the job's folded
/// <see cref="Job.SearchText"/> (title, description, employer, tags) or in the name of a major the job asks for.
/// Major names are matched here, against the catalog, so a job's stored text need not repeat them.
/// On PostgreSQL a trigram index (pg_trgm, migration SearchIndexes) serves the LIKE of a term of three characters or
/// more, a GIN index the majors, and a GIN index on <see cref="Job.SearchBigrams"/> (migration SearchBigrams; <see cref="SearchTerms.Bigrams"/>) a term of
/// two characters, the usual length of a Chinese word, which has no trigram: a rare or absent one walked every job.
/// </summary>
public static class JobSearch
{
    /// <param name="bigramIndex">Whether to match a two-character term by <see cref="Job.SearchBigrams"/> (PostgreSQL) rather than LIKE.</param>
    public static IQueryable<Job> Matching(this IQueryable<Job> jobs, SearchTerms query, MajorCatalog majors, bool bigramIndex)
    {
        foreach (var term in query.Terms)
        {
            var codes = majors.CodesNaming(term);
            // Two characters (the usual Chinese word; pg_trgm has no trigram for them): the stored bigram says exactly whether
            // the term occurs, so it replaces the LIKE; with both, the planner would count the same condition twice and take a
            // bitmap of thousands of rows for two common terms instead of walking the order index.
            var bigrams = bigramIndex ? SearchTerms.BigramsOfPair(term) : [];
            jobs = (bigrams.Length > 0, codes.Count > 0) switch
            {
                (false, false) => jobs.Where(j => j.SearchText.Contains(term)),
                (false, true) => jobs.Where(j => j.SearchText.Contains(term) || j.MajorCodes.Any(c => codes.Contains(c))),
                (true, false) => jobs.Where(j => bigrams.All(b => j.SearchBigrams.Contains(b))),
                (true, true) => jobs.Where(j => bigrams.All(b => j.SearchBigrams.Contains(b)) || j.MajorCodes.Any(c => codes.Contains(c))),
            };
        }
        return jobs;
    }
}
