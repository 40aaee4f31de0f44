using System.Globalization;
using Yincai.Modules.Stations.Evaluation;
using Yincai.Modules.Stations.Operation;
using static Yincai.UnitTests.Modules.Stations.StationFixtures;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>The yearly evaluation (STN-14): each expert scores every criterion within its maximum; the average decides pass or fail.</summary>
public sealed class StationEvaluationTests
{
    private static readonly StationFigures Figures = new(2026, 320, 410, 12, 9);
    private static readonly Guid Officer = Guid.CreateVersion7();

    public StationEvaluationTests() => CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    private static StationEvaluation Open() => new(Guid.CreateVersion7(), "370202", 2026, Officer, Now);

    private static Dictionary<string, int?> FullScores() => new()
    {
        ["events"] = 20, ["allocations"] = 25, ["services"] = 15, ["operation"] = 10, ["satisfaction"] = 8,
    };

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Set_EveryCriterionWithinItsMax_KeepsTheScoresAndSumsTheTotal()
    {
        var score = new EvaluationScore(Open(), Guid.CreateVersion7(), "专家甲");

        var result = score.Set(Qingdao.Evaluation, FullScores(), "  运行良好 ", Now);

        Assert.False(result.IsError);
        Assert.Equal(78, score.Total);
        Assert.Equal(25, score.Scores["allocations"]);
        Assert.Equal("运行良好", score.Comment);
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Set_EveryCriterionAtItsMax_TotalsHundred()
    {
        var score = new EvaluationScore(Open(), Guid.CreateVersion7(), "专家甲");
        var scores = Qingdao.Evaluation.ToDictionary(c => c.Key, c => (int?)c.Max);

        Assert.False(score.Set(Qingdao.Evaluation, scores, null, Now).IsError);
        Assert.Equal(100, score.Total);
    }

    [Theory]
    [Trait("Rule", "STN-14")]
    [InlineData(null)]
    [InlineData(26)]
    [InlineData(-1)]
    public void Set_CriterionMissingOrOutOfRange_IsRefused(int? events)
    {
        var score = new EvaluationScore(Open(), Guid.CreateVersion7(), "专家甲");
        var scores = FullScores();
        scores["events"] = events;

        var result = score.Set(Qingdao.Evaluation, scores, null, Now);

        Assert.Equal(("stations.criterion_score", "Scores[events]"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal("“引才聚才活动开展情况”请评0到25分。", result.Error?.Message);
        Assert.Equal(0, score.Total);
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Set_CriterionLeftOut_IsRefused()
    {
        var score = new EvaluationScore(Open(), Guid.CreateVersion7(), "专家甲");
        var scores = FullScores();
        scores.Remove("satisfaction");

        Assert.Equal("Scores[satisfaction]", score.Set(Qingdao.Evaluation, scores, null, Now).Error?.Field);
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Conclude_FewerTotalsThanExperts_IsRefused()
    {
        var evaluation = Open();

        var result = evaluation.Conclude([80, 90], 3, 60, Figures, 100_000_00, null, Officer, Now);

        Assert.Equal("stations.scores_missing", result.Error?.Code);
        Assert.Equal(EvaluationStatus.Open, evaluation.Status);
    }

    [Fact]
    [Trait("Rule", "STN-13")]
    [Trait("Rule", "STN-14")]
    public void Conclude_AverageAtThePassScore_PassesWithTheRewardAndFigures()
    {
        var evaluation = Open();

        var result = evaluation.Conclude([60, 60, 61], 3, 60, Figures, 50_000_00, "合格", Officer, Now.AddDays(1));

        Assert.False(result.IsError);
        Assert.Equal((EvaluationStatus.Passed, 60.3, 50_000_00L), (evaluation.Status, evaluation.AverageScore, evaluation.RewardFen));
        Assert.Equal((320, 410, 12, 9), (evaluation.PeopleServed, evaluation.Services, evaluation.Allocations, evaluation.EventsHeld));
        Assert.Equal((Officer, Now.AddDays(1), "合格"), (evaluation.DecidedBy, evaluation.DecidedAtUtc, evaluation.Note));
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Conclude_PassWithoutAReward_RecordsZero()
    {
        var evaluation = Open();

        evaluation.Conclude([70, 80, 90], 3, 60, Figures, null, null, Officer, Now);

        Assert.Equal((EvaluationStatus.Passed, 0L), (evaluation.Status, evaluation.RewardFen));
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Conclude_AverageBelowThePassScore_FailsWithNoReward()
    {
        var evaluation = Open();

        var result = evaluation.Conclude([59, 60, 60], 3, 60, Figures, 50_000_00, null, Officer, Now);

        Assert.False(result.IsError);
        Assert.Equal(EvaluationStatus.Failed, evaluation.Status);
        Assert.Null(evaluation.RewardFen);
        Assert.Equal(59.7, evaluation.AverageScore);
    }

    [Fact]
    [Trait("Rule", "STN-13")]
    public void Conclude_NegativeReward_IsRefused()
    {
        var evaluation = Open();

        var result = evaluation.Conclude([80, 80, 80], 3, 60, Figures, -1, null, Officer, Now);

        Assert.Equal(("stations.reward_negative", "Reward"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal(EvaluationStatus.Open, evaluation.Status);
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Conclude_Twice_IsRefused()
    {
        var evaluation = Open();
        evaluation.Conclude([50, 50, 50], 3, 60, Figures, null, null, Officer, Now);

        var result = evaluation.Conclude([90, 90, 90], 3, 60, Figures, 100, null, Officer, Now);

        Assert.Equal("stations.evaluation_closed", result.Error?.Code);
        Assert.Equal((EvaluationStatus.Failed, 50.0), (evaluation.Status, evaluation.AverageScore));
    }
}
