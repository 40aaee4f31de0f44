using System.Text.Json;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Evaluation;

/// <summary>One expert's scores of a yearly evaluation, criterion by criterion; an expert may change theirs until it is concluded.</summary>
public sealed class EvaluationScore : IRegionScoped
{
    private EvaluationScore() { }

    public EvaluationScore(StationEvaluation evaluation, Guid reviewerId, string reviewerName)
    {
        Id = Ids.New();
        (EvaluationId, StationId, RegionCode, ReviewerId, ReviewerName) = (evaluation.Id, evaluation.StationId, evaluation.RegionCode, reviewerId, reviewerName);
    }

    public Guid Id { get; private set; }
    public Guid EvaluationId { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid ReviewerId { get; private set; }
    public string ReviewerName { get; private set; } = "";
    public string ScoresJson { get; private set; } = "{}";
    public int Total { get; private set; }
    public string Comment { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    public IReadOnlyDictionary<string, int> Scores => JsonSerializer.Deserialize<Dictionary<string, int>>(ScoresJson) ?? [];

    /// <summary>Every criterion scored, each within its maximum.</summary>
    public Result Set(IReadOnlyList<EvaluationCriterion> criteria, IReadOnlyDictionary<string, int?> scores, string? comment, DateTime nowUtc)
    {
        var kept = new Dictionary<string, int>();
        foreach (var criterion in criteria)
        {
            if (scores.GetValueOrDefault(criterion.Key) is not { } score || score < 0 || score > criterion.Max)
                return StationErrors.CriterionScore(criterion.ToString(), criterion.Max, criterion.Key);
            kept[criterion.Key] = score;
        }
        (ScoresJson, Total, Comment, AtUtc) = (JsonSerializer.Serialize(kept), kept.Values.Sum(), comment?.Trim() ?? "", nowUtc);
        return Result.Ok();
    }
}
