using Yincai.Modules.Matching.Scoring;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Matching.Scoring;

/// <summary>Talents' projects against employers' project demands.</summary>
public sealed class ProjectMatchingTests
{
    private readonly FitScorer _scorer = Scorer();

    [Fact]
    [Trait("Rule", "RET-06")]
    public void ProjectsFor_Demand_RanksSameIndustryRegionAndKeywordsFirst()
    {
        var demand = Project(region: "370200", division: 65, keywords: ["工业互联网平台", "边缘计算"]);
        var best = Project(region: "370211", division: 65, keywords: ["工业互联网平台研发"], id: Id(4));
        var otherKeywords = Project(region: "370211", division: 65, keywords: ["中药材种植"], id: Id(3));
        var sameSection = Project(region: "370211", division: 64, keywords: ["中药材种植"], id: Id(2));
        var unrelated = Project(region: "320102", division: 13, keywords: ["食品加工"], id: Id(1));
        var index = new MatchIndex();
        foreach (var p in new[] { unrelated, sameSection, otherKeywords, best }) index.PutProject(p);

        var found = index.ProjectsFor(demand, _scorer, 10);

        Assert.Equal([best.Id, otherKeywords.Id, sameSection.Id, unrelated.Id], found.Select(s => s.Item.Id));
        Assert.True(found[0].Score > found[1].Score && found[1].Score > found[2].Score && found[2].Score > found[3].Score);
        Assert.Equal(_scorer.ProjectScore(demand, best), found[0].Score);
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public void DemandsFor_Project_RanksClosestDemandFirstAndLeavesOutTalentsProjects()
    {
        var project = Project(region: "370102", division: 63, keywords: ["5G基站", "物联网"], sought: 300);
        var close = Project(region: "370100", division: 63, keywords: ["物联网改造"], offered: 500, id: Id(3));
        var sameProvince = Project(region: "370600", division: 63, keywords: ["物联网改造"], offered: 500, id: Id(2));
        var far = Project(region: "320100", division: 83, keywords: ["教学"], offered: 100, id: Id(1));
        var index = new MatchIndex();
        foreach (var d in new[] { far, sameProvince, close }) index.PutDemand(d);
        index.PutProject(project);
        index.PutProject(Project(region: "370102", division: 63, keywords: ["5G基站", "物联网"]));

        var found = index.DemandsFor(project, _scorer, 10);

        Assert.Equal([close.Id, sameProvince.Id, far.Id], found.Select(s => s.Item.Id));
        Assert.True(found[0].Score > found[1].Score && found[1].Score > found[2].Score);
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public void DemandsFor_EqualDemands_TieByIdAndTakeTheFirst()
    {
        var seeker = Project(keywords: ["物联网"]);
        var index = new MatchIndex();
        foreach (var n in new[] { 5, 2, 4, 1, 3 }) index.PutDemand(Project(keywords: ["物联网"], id: Id(n)));

        var found = index.DemandsFor(seeker, _scorer, 3);

        Assert.Equal([Id(1), Id(2), Id(3)], found.Select(s => s.Item.Id));
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public void ExplainProject_BudgetBelowFourFifthsOfFundingSought_BudgetMissedAndScoreLower()
    {
        var project = Project(sought: 500);
        var poor = Project(offered: 300);
        var ample = Project(offered: 600);

        var reason = Reason(_scorer.ExplainProject(project, poor, []), FitAspect.Budget);

        Assert.Equal(FitLevel.Missed, reason.Level);
        Assert.Equal(0f, reason.Points);
        Assert.Equal(["300", "500"], reason.Detail);
        Assert.True(_scorer.ProjectScore(project, poor) < _scorer.ProjectScore(project, ample));
    }

    [Theory]
    [Trait("Rule", "RET-06")]
    [InlineData(600, FitLevel.Met)]
    [InlineData(500, FitLevel.Met)]
    [InlineData(400, FitLevel.Partial)]
    [InlineData(399, FitLevel.Missed)]
    public void ExplainProject_DemandLookingAtProject_BudgetLevel(int offered, FitLevel level)
    {
        var demand = Project(offered: offered);

        var reason = Reason(_scorer.ExplainProject(demand, Project(sought: 500), []), FitAspect.Budget);

        Assert.Equal(level, reason.Level);
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public void ExplainProject_NoFundingSought_BudgetOpenWithFullPoints()
    {
        var reason = Reason(_scorer.ExplainProject(Project(sought: null), Project(offered: 50), []), FitAspect.Budget);

        Assert.Equal(FitLevel.Open, reason.Level);
        Assert.Equal(_scorer.Weights.ProjectBudget, reason.Points);
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public void ExplainProject_Reasons_AddUpToProjectScore()
    {
        var seeker = Project(region: "370200", division: 65, keywords: ["工业互联网"], sought: 500);
        var demand = Project(region: "370102", division: 64, keywords: ["工业互联网平台"], offered: 450);

        var reasons = _scorer.ExplainProject(seeker, demand, ["工业互联网"]);

        Assert.Equal(_scorer.ProjectScore(seeker, demand), reasons.Sum(r => r.Points), 3);
        Assert.Equal(FitLevel.Partial, Reason(reasons, FitAspect.Region).Level);
        Assert.Equal(FitLevel.Partial, Reason(reasons, FitAspect.Industry).Level);
        Assert.Equal(FitLevel.Partial, Reason(reasons, FitAspect.Keywords).Level);
        Assert.Equal(FitLevel.Partial, Reason(reasons, FitAspect.Budget).Level);
    }
}
