using Yincai.Platform;

namespace Yincai.Modules.Talents.Search;

/// <summary>
/// The keyword search that 找人才 and the employers' talent search share: every term must occur in the talent's folded
/// <see cref="Talent.SearchText"/> (skills, major, school). On PostgreSQL a trigram index serves a term of three characters
/// or more and a GIN index on <see cref="Talent.SearchBigrams"/> a term of two (migration TalentSearchText); before them a
/// rare term read every talent who shares their profile.
/// </summary>
public static class TalentSearch
{
    public static IQueryable<Talent> Matching(this IQueryable<Talent> talents, SearchTerms query, bool bigramIndex)
    {
        foreach (var term in query.Terms)
        {
            var bigrams = bigramIndex ? SearchTerms.BigramsOfPair(term) : [];
            talents = bigrams.Length > 0
                ? talents.Where(t => bigrams.All(b => t.SearchBigrams.Contains(b)))
                : talents.Where(t => t.SearchText.Contains(term));
        }
        return talents;
    }
}
