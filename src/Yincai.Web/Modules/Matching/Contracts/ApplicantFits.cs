using Microsoft.Extensions.Options;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.Modules.Matching.Contracts;

/// <summary>An applicant's fit for the job applied for: the score (0–100), whether it is a good match, and the reasons in
/// words, what fits first and the gaps after.</summary>
public sealed record ApplicantFit(float Score, bool Good, IReadOnlyList<string> Fits, IReadOnlyList<string> Gaps);

/// <summary>The match score and reasons of a job's applicants, for the employer's applicant cards (issue 22). The caller has
/// checked that the user owns the job.</summary>
public sealed class ApplicantFits(Matches matches, IOptions<MatchingOptions> options)
{
    public async Task<IReadOnlyDictionary<Guid, ApplicantFit>> ForJobAsync(Guid jobId, IReadOnlyCollection<Guid> talentIds,
        CancellationToken cancellationToken) =>
        (await matches.ApplicantsAsync(jobId, talentIds, cancellationToken)).ToDictionary(x => x.Key, x => new ApplicantFit(
            x.Value.Score, x.Value.Score >= options.Value.Weights.GoodMatch,
            x.Value.Reasons.Where(r => r.Level is FitLevel.Met or FitLevel.Partial && r.Points > 0).Select(r => r.Text).ToList(),
            x.Value.Reasons.Where(r => r.Level is FitLevel.Missed).OrderBy(r => r.Points).Select(r => r.Text).ToList()));
}
