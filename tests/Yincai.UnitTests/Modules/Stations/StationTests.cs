using System.Globalization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;
using static Yincai.UnitTests.Modules.Stations.StationFixtures;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>A station's way from draft through the review stages and the public notice to its naming, and its revocation.</summary>
public sealed class StationTests
{
    private static readonly DateOnly NoticeFrom = new(2026, 3, 11);
    private static readonly DateOnly NoticeUntil = new(2026, 3, 17);
    private static readonly int[] GoodScores = [60, 70, 80];

    public StationTests() => CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    private static ReviewStage Stage(ProgramDefinition program, int index) => program.Stages[index];

    private static Result Pass(Station station, ProgramDefinition program, bool siteVisited = true, IReadOnlyCollection<int>? scores = null) =>
        station.Pass(Stage(program, station.StageIndex), siteVisited, scores ?? GoodScores, program.PassScore, program.Stages.Count, NoticeFrom, NoticeUntil);

    private static Station InReview(int stage = 0)
    {
        var station = Draft();
        station.Submit(Now);
        for (var i = 0; i < stage; i++) Assert.False(Pass(station, Qingdao).IsError);
        return station;
    }

    private static Station InNotice()
    {
        var station = InReview(1);
        Assert.False(Pass(station, Qingdao).IsError);
        Assert.Equal(StationStatus.PublicNotice, station.Status);
        return station;
    }

    private static Station Named()
    {
        var station = InNotice();
        Assert.False(station.Accredit(NoticeUntil.AddDays(1), 0, "QDRCYZ-2026-001", "code").IsError);
        return station;
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void New_Application_IsAnEditableDraft()
    {
        var station = Draft();

        Assert.Equal(StationStatus.Draft, station.Status);
        Assert.True(station.IsEditable);
        Assert.False(station.IsPublic);
        Assert.Equal(["referral", "lodging"], station.Services);
        Assert.Equal("海洋装备", station.Content.Answer("plan").Industry);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Submit_Draft_GoesIntoReviewAtTheFirstStage()
    {
        var station = Draft();

        var result = station.Submit(Now.AddHours(1));

        Assert.False(result.IsError);
        Assert.Equal((StationStatus.InReview, 0, Now.AddHours(1)), (station.Status, station.StageIndex, station.SubmittedAtUtc));
        Assert.False(station.IsEditable);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Submit_InReview_IsRefused()
    {
        var station = InReview();

        Assert.Equal("stations.not_editable", station.Submit(Now).Error?.Code);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_StageNeedingASiteVisitWithoutOne_IsRefused()
    {
        var station = InReview();

        var result = Pass(station, Qingdao, siteVisited: false);

        Assert.Equal("stations.site_visit_missing", result.Error?.Code);
        Assert.Equal((StationStatus.InReview, 0), (station.Status, station.StageIndex));
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_FirstStageWithItsSiteVisit_MovesToTheNextStage()
    {
        var station = InReview();

        var result = Pass(station, Qingdao, scores: []);

        Assert.False(result.IsError);
        Assert.Equal((StationStatus.InReview, 1), (station.Status, station.StageIndex));
        Assert.Null(station.NoticeFrom);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_QingdaoCityStage_NeedsNoSiteVisit()
    {
        var station = InReview(1);

        Assert.False(Pass(station, Qingdao, siteVisited: false).IsError);
    }

    [Fact]
    [Trait("Rule", "RET-07")]
    public void Pass_JiangsuProvinceStageWithoutASiteVisit_IsRefusedEvenWithGoodScores()
    {
        var station = InReview(1);

        var result = Pass(station, Jiangsu, siteVisited: false);

        Assert.Equal("stations.site_visit_missing", result.Error?.Code);
        Assert.Equal(StationStatus.InReview, station.Status);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_FewerExpertScoresThanTheStageNeeds_IsRefused()
    {
        var station = InReview(1);

        var result = Pass(station, Qingdao, scores: [90, 90]);

        Assert.Equal("stations.scores_missing", result.Error?.Code);
        Assert.Equal("本环节需要3位专家评分，目前有2位。", result.Error?.Message);
        Assert.Equal((StationStatus.InReview, 1), (station.Status, station.StageIndex));
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_AverageBelowThePassScore_IsRefused()
    {
        var station = InReview(1);

        var result = Pass(station, Qingdao, scores: [59, 60, 60]);

        Assert.Equal("stations.score_too_low", result.Error?.Code);
        Assert.Equal("专家平均分低于60分，不能通过。", result.Error?.Message);
        Assert.Equal(StationStatus.InReview, station.Status);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_LastStageWithAverageAtThePassScore_StartsThePublicNotice()
    {
        var station = InReview(1);

        var result = Pass(station, Qingdao, scores: [50, 60, 70]);

        Assert.False(result.IsError);
        Assert.Equal((StationStatus.PublicNotice, NoticeFrom, NoticeUntil), (station.Status, station.NoticeFrom, station.NoticeUntil));
        Assert.Equal(1, station.StageIndex);
        Assert.True(station.IsPublic);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Pass_Draft_IsRefused()
    {
        var station = Draft();

        Assert.Equal("stations.not_in_review", Pass(station, Qingdao).Error?.Code);
    }

    [Theory]
    [Trait("Rule", "STN-06")]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutAReason_IsRefused(string reason)
    {
        var station = InReview();

        var result = station.Return(reason);

        Assert.Equal(("stations.reason_required", "Reason"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal(StationStatus.InReview, station.Status);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Return_ThenResubmit_GoesBackToTheStageThatReturnedIt()
    {
        var station = InReview(1);

        Assert.False(station.Return("  请补充场地照片  ").IsError);
        Assert.Equal((StationStatus.Returned, "请补充场地照片"), (station.Status, station.Reason));
        Assert.True(station.IsEditable);

        Assert.False(station.Submit(Now.AddDays(2)).IsError);
        Assert.Equal((StationStatus.InReview, 1, (string?)null), (station.Status, station.StageIndex, station.Reason));
        Assert.Equal(Now.AddDays(2), station.SubmittedAtUtc);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Return_Draft_IsRefused()
    {
        Assert.Equal("stations.not_in_review", Draft().Return("原因").Error?.Code);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Reject_InReview_IsRejectedWithTheReason()
    {
        var station = InReview();

        Assert.False(station.Reject(" 不符合条件 ").IsError);
        Assert.Equal((StationStatus.Rejected, "不符合条件"), (station.Status, station.Reason));
        Assert.False(station.IsEditable);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Reject_InPublicNotice_AnObjectionUpheld()
    {
        var station = InNotice();

        Assert.False(station.Reject("异议属实").IsError);
        Assert.Equal(StationStatus.Rejected, station.Status);
        Assert.False(station.IsPublic);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Reject_WithoutAReasonOrOnceNamed_IsRefused()
    {
        Assert.Equal("stations.reason_required", InReview().Reject(" ").Error?.Code);
        Assert.Equal("stations.not_in_review", Draft().Reject("原因").Error?.Code);
        Assert.Equal("stations.not_in_review", Named().Reject("原因").Error?.Code);
    }

    [Theory]
    [Trait("Rule", "STN-06")]
    [InlineData(-6)]
    [InlineData(0)]
    public void Accredit_WhileTheNoticeRuns_IsRefused(int daysFromLastNoticeDay)
    {
        var station = InNotice();

        var result = station.Accredit(NoticeUntil.AddDays(daysFromLastNoticeDay), 0, "QDRCYZ-2026-001", "code");

        Assert.Equal("stations.notice_not_over", result.Error?.Code);
        Assert.Equal("公示期至2026年3月17日，结束后才能审定。", result.Error?.Message);
        Assert.Equal(StationStatus.PublicNotice, station.Status);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Accredit_WithObjectionsOpen_IsRefused()
    {
        var station = InNotice();

        var result = station.Accredit(NoticeUntil.AddDays(1), 2, "QDRCYZ-2026-001", "code");

        Assert.Equal("stations.objections_open", result.Error?.Code);
        Assert.Equal("还有2条异议未答复。", result.Error?.Message);
        Assert.Equal(StationStatus.PublicNotice, station.Status);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Accredit_AfterTheNoticeWithObjectionsAnswered_NamesTheStation()
    {
        var station = InNotice();
        var day = NoticeUntil.AddDays(1);

        var result = station.Accredit(day, 0, "QDRCYZ-2026-001", "abc123");

        Assert.False(result.IsError);
        Assert.Equal((StationStatus.Named, day, "QDRCYZ-2026-001", "abc123"),
            (station.Status, station.NamedOn, station.CertificateNumber, station.VerificationCode));
        Assert.True(station.IsPublic);
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void Accredit_InReview_IsRefused()
    {
        var station = InReview(1);

        Assert.Equal("stations.not_in_notice", station.Accredit(NoticeUntil.AddDays(1), 0, "N", "c").Error?.Code);
    }

    [Theory]
    [Trait("Rule", "STN-06")]
    [InlineData("2026-03-10", false)]
    [InlineData("2026-03-11", true)]
    [InlineData("2026-03-14", true)]
    [InlineData("2026-03-17", true)]
    [InlineData("2026-03-18", false)]
    public void TakesObjectionsOn_FromTheFirstToTheLastNoticeDay(string day, bool expected)
    {
        var station = InNotice();

        Assert.Equal(expected, station.TakesObjectionsOn(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    [Trait("Rule", "STN-06")]
    public void TakesObjectionsOn_OnceNamedOrInReview_IsFalse()
    {
        Assert.False(Named().TakesObjectionsOn(NoticeUntil));
        Assert.False(InReview(1).TakesObjectionsOn(NoticeFrom));
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Revoke_NamedStation_IsRevokedWithTheDayAndReason()
    {
        var station = Named();

        var result = station.Revoke(Today.AddYears(1), " 年度评估不合格 ");

        Assert.False(result.IsError);
        Assert.Equal((StationStatus.Revoked, Today.AddYears(1), "年度评估不合格"), (station.Status, station.RevokedOn, station.Reason));
        Assert.False(station.IsPublic);
        Assert.Equal("QDRCYZ-2026-001", station.CertificateNumber);
    }

    [Fact]
    [Trait("Rule", "STN-14")]
    public void Revoke_NotNamedOrWithoutAReason_IsRefused()
    {
        Assert.Equal("stations.not_named", InNotice().Revoke(Today, "原因").Error?.Code);
        Assert.Equal("stations.not_named", InReview().Revoke(Today, "原因").Error?.Code);
        Assert.Equal("stations.reason_required", Named().Revoke(Today, "").Error?.Code);

        var revoked = Named();
        revoked.Revoke(Today, "原因");
        Assert.Equal("stations.not_named", revoked.Revoke(Today, "原因").Error?.Code);
    }

    [Fact]
    public void Edit_Draft_ChangesTheDetails()
    {
        var station = Draft();

        var result = station.Edit(Details(name: "青岛蓝色人才驿站"));

        Assert.False(result.IsError);
        Assert.Equal("青岛蓝色人才驿站", station.Name);
    }

    [Fact]
    public void Edit_Returned_IsAllowed()
    {
        var station = InReview();
        station.Return("请修改");

        Assert.False(station.Edit(Details(name: "新名称")).IsError);
        Assert.Equal("新名称", station.Name);
    }

    [Fact]
    public void Edit_InReviewOrNamed_IsRefused()
    {
        var inReview = InReview();

        Assert.Equal("stations.not_editable", inReview.Edit(Details(name: "新名称")).Error?.Code);
        Assert.Equal("stations.not_editable", Named().Edit(Details(name: "新名称")).Error?.Code);
        Assert.Equal("青岛海洋人才驿站", inReview.Name);
    }

    [Fact]
    public void Edit_AnotherRegion_IsRefused()
    {
        var station = Draft();

        var result = station.Edit(Details(regionCode: "370211"));

        Assert.Equal(("stations.region_fixed", "RegionCode"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal("370202", station.RegionCode);
    }

    [Theory]
    [Trait("Rule", "STN-06")]
    [InlineData("QDRCYZ", 2026, 1, "QDRCYZ-2026-001")]
    [InlineData("QDRCYZ", 2026, 42, "QDRCYZ-2026-042")]
    [InlineData("JSLXRYZJ", 2027, 1234, "JSLXRYZJ-2027-1234")]
    public void NumberOf_PrefixYearAndThreeDigitRunningNumber(string prefix, int year, int sequence, string expected)
    {
        Assert.Equal(expected, Station.NumberOf(prefix, year, sequence));
    }
}
