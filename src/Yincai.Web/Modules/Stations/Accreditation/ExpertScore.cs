using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>One expert's score of an application at a review stage (组织评审); an expert may change their own until the stage passes.</summary>
public sealed class ExpertScore : IRegionScoped
{
    private ExpertScore() { }

    public ExpertScore(Station station, string stageKey, Guid reviewerId, string reviewerName)
    {
        Id = Ids.New();
        (StationId, RegionCode, StageKey, ReviewerId, ReviewerName) = (station.Id, station.RegionCode, stageKey, reviewerId, reviewerName);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string StageKey { get; private set; } = "";
    public Guid ReviewerId { get; private set; }
    public string ReviewerName { get; private set; } = "";
    public int Score { get; private set; }
    public bool Recommend { get; private set; }
    public string Comment { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    public Result Set(int score, bool recommend, string? comment, DateTime nowUtc)
    {
        if (score is < 0 or > 100) return StationErrors.ScoreRange;
        (Score, Recommend, Comment, AtUtc) = (score, recommend, comment?.Trim() ?? "", nowUtc);
        return Result.Ok();
    }
}
