using Yincai.Modules.Stations;
using Yincai.Modules.Stations.Programs;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>The two programs' JSON files, embedded in the build, say what their notices say.</summary>
public sealed class StationProgramDataTests
{
    private static readonly ProgramDefinition Qingdao = StationFixtures.Qingdao;
    private static readonly ProgramDefinition Jiangsu = StationFixtures.Jiangsu;

    [Fact]
    public void Read_BothProgramFiles_LoadWithTheirCodes()
    {
        Assert.Equal(StationProgramData.QingdaoTalentStations, Qingdao.Code);
        Assert.Equal(StationProgramData.JiangsuReturneeHomes, Jiangsu.Code);
        Assert.Equal(("370200", "QDRCYZ"), (Qingdao.RegionCode, Qingdao.NumberPrefix));
        Assert.Equal(("320000", "JSLXRYZJ"), (Jiangsu.RegionCode, Jiangsu.NumberPrefix));
    }

    [Fact]
    public void Read_AFileNotInTheBuild_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => StationProgramData.Read("no-such-program.json"));
    }

    [Fact]
    public void Parse_ADefinitionWrittenToJson_ReadsBackTheSame()
    {
        var again = ProgramDefinition.Parse(Qingdao.ToJson());

        Assert.Equal(Qingdao.ToJson(), again.ToJson());
    }

    [Fact]
    [Trait("Rule", "STN-09")]
    public void Qingdao_Types_AreTheFiveOfTheNotice()
    {
        Assert.Equal(["服务型", "专业型", "联谊型", "创业型", "综合型"], Qingdao.Types.Select(t => t.Zh));
        Assert.Equal(["service", "professional", "networking", "entrepreneurship", "comprehensive"], Qingdao.Types.Select(t => t.Key));
    }

    [Theory]
    [Trait("Rule", "STN-01")]
    [Trait("Rule", "STN-02")]
    [Trait("Rule", "STN-03")]
    [Trait("Rule", "STN-04")]
    [Trait("Rule", "STN-05")]
    [InlineData("venue", "STN-01", ConditionKind.Checklist)]
    [InlineData("plan", "STN-02", ConditionKind.Text)]
    [InlineData("lodging", "STN-03", ConditionKind.Text)]
    [InlineData("staff", "STN-04", ConditionKind.Staff)]
    [InlineData("rules", "STN-05", ConditionKind.Checklist)]
    public void Qingdao_Conditions_EachRuleHasItsCondition(string key, string rule, ConditionKind kind)
    {
        var condition = Qingdao.Condition(key);

        Assert.NotNull(condition);
        Assert.Equal((rule, kind), (condition.Rule, condition.Kind));
    }

    [Fact]
    [Trait("Rule", "STN-01")]
    [Trait("Rule", "STN-02")]
    [Trait("Rule", "STN-05")]
    public void Qingdao_Conditions_AreExactlyTheFiveWithVenuePlanAndRulesNeedingFiles()
    {
        Assert.Equal(["STN-01", "STN-02", "STN-03", "STN-04", "STN-05"], Qingdao.Conditions.Select(c => c.Rule));
        Assert.Equal(["venue", "plan", "rules"], Qingdao.Conditions.Where(c => c.Evidence).Select(c => c.Key));
        Assert.Equal(["negotiation", "rest", "network", "multimedia", "projector"], Qingdao.Condition("venue")!.Choices.Select(c => c.Key));
        Assert.Equal(["attendance", "funds", "events", "safety"], Qingdao.Condition("rules")!.Choices.Select(c => c.Key));
        Assert.True(Qingdao.Condition("plan")!.Industry);
    }

    [Fact]
    [Trait("Rule", "STN-04")]
    public void Qingdao_Staff_AtLeastThreeWithNoDegreeOrEnglishAsked()
    {
        var staff = Qingdao.Condition("staff")!;

        Assert.Equal(3, staff.Minimum);
        Assert.Null(staff.MinDegree);
        Assert.False(staff.English);
    }

    [Fact]
    [Trait("Rule", "STN-08")]
    public void Qingdao_Targets_TenStationsHundredEventsTenThousandAllocations()
    {
        Assert.Equal(new ProgramTargets(Stations: 10, Events: 100, Allocations: 10000), Qingdao.Targets);
    }

    [Fact]
    [Trait("Rule", "STN-07")]
    public void Qingdao_Pilot_RunsNovember2020ToOctober2021()
    {
        Assert.Equal(new DateOnly(2020, 11, 1), Qingdao.PilotFrom);
        Assert.Equal(new DateOnly(2021, 10, 31), Qingdao.PilotTo);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Qingdao_Plaque_ReadsQingdaoTalentStation_AfterAFiveDayNotice()
    {
        Assert.Equal("青岛市人才驿站", Qingdao.Plaque.Zh);
        Assert.Equal(5, Qingdao.NoticeWorkingDays);
        Assert.Equal(60, Qingdao.PassScore);
    }

    [Fact]
    [Trait("Rule", "STN-10")]
    public void Qingdao_Services_ReferralLodgingPolicyStartup()
    {
        Assert.Equal([StationServices.Referral, StationServices.Lodging, StationServices.Policy, StationServices.Startup], Qingdao.Services);
        Assert.True(Qingdao.HasLodging);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Qingdao_Stages_DistrictWithSiteVisitThenCityWithThreeExperts()
    {
        Assert.Equal(
            [("local", StageLevel.Local, true, 0), ("program", StageLevel.Program, false, 3)],
            Qingdao.Stages.Select(s => (s.Key, s.Level, s.SiteVisit, s.Experts)));
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Qingdao_Evaluation_CriteriaAddUpToHundredWithPassAtSixty()
    {
        Assert.Equal(100, Qingdao.Evaluation.Sum(c => c.Max));
        Assert.Equal(60, Qingdao.EvaluationPassScore);
    }

    [Fact]
    [Trait("Rule", "RET-01")]
    public void Jiangsu_Served_AtLeast500AYearWithEvidence()
    {
        var served = Jiangsu.Condition("served")!;

        Assert.Equal(("RET-01", ConditionKind.Number, 500, true), (served.Rule, served.Kind, served.Minimum, served.Evidence));
    }

    [Fact]
    [Trait("Rule", "RET-02")]
    public void Jiangsu_Venue_DisplayExchangeAndPublicServiceAreas()
    {
        var venue = Jiangsu.Condition("venue")!;

        Assert.Equal(("RET-02", ConditionKind.Checklist), (venue.Rule, venue.Kind));
        Assert.Equal(["display", "exchange", "public"], venue.Choices.Select(c => c.Key));
    }

    [Fact]
    [Trait("Rule", "RET-03")]
    public void Jiangsu_Staff_AtLeastThreeWithCollegeDegreeAndEnglish()
    {
        var staff = Jiangsu.Condition("staff")!;

        Assert.Equal(("RET-03", ConditionKind.Staff), (staff.Rule, staff.Kind));
        Assert.Equal(3, staff.Minimum);
        Assert.Equal(StaffDegree.College, staff.MinDegree);
        Assert.True(staff.English);
    }

    [Fact]
    [Trait("Rule", "RET-04")]
    public void Jiangsu_Equipment_TheSevenItemsOfTheNotice()
    {
        var equipment = Jiangsu.Condition("equipment")!;

        Assert.Equal(("RET-04", ConditionKind.Checklist), (equipment.Rule, equipment.Kind));
        Assert.Equal(["printer", "copier", "computers", "selfservice", "kiosk", "screen", "networking"], equipment.Choices.Select(c => c.Key));
    }

    [Fact]
    [Trait("Rule", "RET-05")]
    public void Jiangsu_Rules_AWrittenTextPublishedToThoseServed()
    {
        var rules = Jiangsu.Condition("rules")!;

        Assert.Equal(("RET-05", ConditionKind.Text), (rules.Rule, rules.Kind));
        Assert.True(rules.Public);
        Assert.True(rules.Evidence);
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public void Jiangsu_Matching_AWrittenText()
    {
        var matching = Jiangsu.Condition("matching")!;

        Assert.Equal(("RET-06", ConditionKind.Text), (matching.Rule, matching.Kind));
    }

    [Fact]
    [Trait("Rule", "RET-07")]
    public void Jiangsu_Stages_CityThenProvinceEachWithASiteVisitAndExpertsAtTheProvince()
    {
        Assert.Equal(
            [("local", StageLevel.Local, true, 0), ("program", StageLevel.Program, true, 3)],
            Jiangsu.Stages.Select(s => (s.Key, s.Level, s.SiteVisit, s.Experts)));
        Assert.Equal(5, Jiangsu.NoticeWorkingDays);
    }

    [Fact]
    [Trait("Rule", "RET-07")]
    public void Jiangsu_Targets_NoQuotaOfHomes()
    {
        Assert.Null(Jiangsu.Targets.Stations);
    }

    [Fact]
    [Trait("Rule", "RET-08")]
    public void Jiangsu_Services_PublicMatchingAndNetworkingPlatforms()
    {
        Assert.Contains(StationServices.Public, Jiangsu.Services);
        Assert.Contains(StationServices.Matching, Jiangsu.Services);
        Assert.Contains(StationServices.Networking, Jiangsu.Services);
        Assert.False(Jiangsu.HasLodging);
    }
}
