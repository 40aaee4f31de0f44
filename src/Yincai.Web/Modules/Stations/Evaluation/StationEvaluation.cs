using Yincai.Modules.Stations.Operation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Evaluation;

/// <summary>
/// A named station's yearly evaluation (STN-14): an expert panel scores it on the program's criteria with its figures from the
/// platform beside them; the program's officers conclude it by the average: pass (a reward recorded) or fail (revoked).
/// </summary>
public sealed class StationEvaluation : IRegionScoped
{
    private StationEvaluation() { }

    public StationEvaluation(Guid stationId, string regionCode, int year, Guid openedBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RegionCode, Year, OpenedBy, OpenedAtUtc, Status) = (stationId, regionCode, year, openedBy, nowUtc, EvaluationStatus.Open);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public int Year { get; private set; }
    public EvaluationStatus Status { get; private set; }
    public Guid OpenedBy { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public double? AverageScore { get; private set; }
    /// <summary>The figures the decision was taken on, as they stood then.</summary>
    public int? PeopleServed { get; private set; }
    public int? Services { get; private set; }
    public int? Allocations { get; private set; }
    public int? EventsHeld { get; private set; }
    /// <summary>The reward of a pass, in fen.</summary>
    public long? RewardFen { get; private set; }
    public string? Note { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>Concludes by the experts' average against the program's pass mark; a pass records the reward.</summary>
    public Result Conclude(IReadOnlyCollection<int> totals, int experts, int passScore, StationFigures figures, long? rewardFen, string? note,
        Guid officerId, DateTime nowUtc)
    {
        if (Status != EvaluationStatus.Open) return StationErrors.EvaluationClosed;
        if (totals.Count < experts) return StationErrors.ScoresMissing(experts, totals.Count);
        if (rewardFen is < 0) return StationErrors.RewardNegative;
        var average = totals.Average();
        Status = average >= passScore ? EvaluationStatus.Passed : EvaluationStatus.Failed;
        (AverageScore, PeopleServed, Services, Allocations, EventsHeld) =
            (Math.Round(average, 1), figures.PeopleServed, figures.Services, figures.Allocations, figures.Events);
        (RewardFen, Note, DecidedBy, DecidedAtUtc) = (Status == EvaluationStatus.Passed ? rewardFen ?? 0 : null, note, officerId, nowUtc);
        Version++;
        return Result.Ok();
    }
}
