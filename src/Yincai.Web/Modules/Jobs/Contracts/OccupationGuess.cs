using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Search;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>
/// The occupation a free title most likely names ("Java开发" → 2-02): the one most of the published jobs matching the title
/// carry (their employers chose it), as the known platforms map a typed position to their catalogue. Null when the keyword
/// index is not ready or no job with an occupation matches; the person then picks one.
/// </summary>
public sealed partial class OccupationGuess(YincaiDb db, JobKeywordIndex index, ChinaClock clock)
{
    private const int Sample = 50;

    public async Task<string?> ForTitleAsync(string? title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || !index.IsReady) return null;
        // As typed first; then each run of one script a term of its own ("Java开发" → "Java 开发"), since a title is
        // matched as a substring and jobs say "Java后端开发".
        foreach (var raw in new[] { title, ScriptRuns().Replace(title, " $0 ") })
        {
            var terms = SearchTerms.Parse(raw);
            if (terms.IsEmpty || index.Search(terms, JobListFilter.None, clock.Today, Sample, Sample) is not { Ids.Count: > 0 } hits) continue;
            var ids = hits.Ids;
            var codes = await db.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id) && j.OccupationCode != null)
                .Select(j => j.OccupationCode!).ToListAsync(cancellationToken);
            if (codes.Count > 0) return codes.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z0-9+#.]+")]
    private static partial System.Text.RegularExpressions.Regex ScriptRuns();
}
