using System.Text.RegularExpressions;
using Yincai.Modules.Complaints;

namespace Yincai.UnitTests.Modules.Complaints;

/// <summary>A complaint's handling (GRD-14): who handles it before and after escalation, the order of the steps, what a
/// resolution may do, and the filer's one rating after closing.</summary>
public sealed class ComplaintTests
{
    private static readonly DateTime Now = new(2026, 9, 21, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly ReceivedOn = new(2026, 9, 21);
    private static readonly DateOnly DueOn = new(2026, 10, 19);
    private static readonly Guid Officer = Guid.CreateVersion7();

    private static Complaint New(string region = "370202", string assigned = "370202", Guid? employerId = null, Guid? jobId = null) =>
        new(ComplaintIntake.NewTrackingNumber(ReceivedOn), ComplaintKind.FakeHiring, jobId is null ? ComplaintTarget.Named : ComplaintTarget.Job, employerId, jobId,
            "测试工作室", "收费后不介绍工作。", ReceivedOn.AddDays(-2), region, assigned, ComplaintRouting.Filer, null, "cipher-name", "cipher-mobile", Now, ReceivedOn,
            DueOn, new DateOnly(2026, 10, 14), dueEstimated: false);

    private static Complaint Accepted(Guid? employerId = null, Guid? jobId = null)
    {
        var complaint = New(employerId: employerId, jobId: jobId);
        Assert.False(complaint.Accept(Officer).IsError);
        return complaint;
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public void New_Complaint_IsReceivedInItsMonth_WithAnUnguessableNumber()
    {
        var complaint = New();

        Assert.Equal((ComplaintStatus.Received, 202609, 0), (complaint.Status, complaint.ReceivedMonth, complaint.Version));
        Assert.Matches(new Regex("^TS260921-[A-HJ-NP-Z2-9]{8}$"), complaint.TrackingNumber);
        Assert.NotEqual(complaint.TrackingNumber, New().TrackingNumber);
    }

    [Theory]
    [Trait("Rule", "GRD-14")]
    [InlineData("370202", true)]
    [InlineData("370200", false)]
    [InlineData("370000", false)]
    [InlineData("370203", false)]
    [InlineData(null, false)]
    public void IsHandledBy_BeforeEscalation_OnlyTheAssignedRegion(string? scope, bool handles) =>
        Assert.Equal(handles, New().IsHandledBy(scope));

    [Theory]
    [Trait("Rule", "GRD-14")]
    [InlineData("370202", true)]
    [InlineData("370200", true)]
    [InlineData("370000", false)]
    [InlineData("370100", false)]
    public void IsHandledBy_AfterEscalation_TheCityToo(string scope, bool handles)
    {
        var complaint = New();

        complaint.Escalated(Now, complaint.SupervisorRegionCode);

        Assert.Equal(handles, complaint.IsHandledBy(scope));
    }

    [Theory]
    [Trait("Rule", "GRD-14")]
    [InlineData("370202", "370200")]
    [InlineData("370200", "370000")]
    [InlineData("370000", "370000")]
    public void SupervisorRegionCode_IsTheLevelAboveTheHandlingRegion(string assigned, string supervisor) =>
        Assert.Equal(supervisor, New(region: "370202", assigned: assigned).SupervisorRegionCode);

    [Fact]
    [Trait("Rule", "GRD-14")]
    public void IsOverdueOn_TheDueDayIsNotOverdue_TheDayAfterIs_UnlessClosed()
    {
        var complaint = Accepted();
        var onTime = (complaint.IsOverdueOn(DueOn), complaint.IsOverdueOn(DueOn.AddDays(1)));

        complaint.Resolve(Officer, false, "未发现违法行为。", ComplaintActions.None, Now);

        Assert.Equal((false, true), onTime);
        Assert.False(complaint.IsOverdueOn(DueOn.AddDays(1)));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public void Resolve_BeforeAccepting_IsTheWrongState()
    {
        var complaint = New();

        var result = complaint.Resolve(Officer, true, "属实。", ComplaintActions.None, Now);

        Assert.Equal("complaints.wrong_state", result.Error?.Code);
        Assert.Equal((ComplaintStatus.Received, 0), (complaint.Status, complaint.Version));
    }

    [Theory]
    [Trait("Rule", "GRD-14")]
    [InlineData(false, "结果", ComplaintActions.EmployerWarned, "complaints.actions_need_upheld")]
    [InlineData(true, " ", ComplaintActions.None, "complaints.outcome_required")]
    [InlineData(true, "结果", ComplaintActions.JobTakenDown, "complaints.no_job")]
    public void Resolve_Refused_ChangesNothing(bool upheld, string outcome, ComplaintActions actions, string code)
    {
        var complaint = Accepted(employerId: Guid.CreateVersion7());
        var version = complaint.Version;

        var result = complaint.Resolve(Officer, upheld, outcome, actions, Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal((ComplaintStatus.Accepted, version, (bool?)null, ComplaintActions.None, (DateTime?)null),
            (complaint.Status, complaint.Version, complaint.Upheld, complaint.Actions, complaint.ClosedAtUtc));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public void Resolve_BlacklistWithoutAnEmployer_IsRefused()
    {
        var complaint = Accepted();

        Assert.Equal("complaints.no_employer", complaint.Resolve(Officer, true, "属实。", ComplaintActions.EmployerBlacklisted, Now).Error?.Code);
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public void Rate_OnceAfterClosing_WithinOneToFive()
    {
        var complaint = Accepted();
        var early = complaint.Rate(5, null, Now);
        complaint.Resolve(Officer, true, "已责令改正。", ComplaintActions.None, Now);

        var outOfRange = complaint.Rate(6, null, Now);
        var rated = complaint.Rate(4, "  及时  ", Now);
        var again = complaint.Rate(1, null, Now);

        Assert.Equal("complaints.not_closed", early.Error?.Code);
        Assert.Equal("complaints.rating_range", outOfRange.Error?.Code);
        Assert.False(rated.IsError);
        Assert.Equal("complaints.already_rated", again.Error?.Code);
        Assert.Equal((4, "及时"), (complaint.Rating, complaint.RatingComment));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public void NotAccept_NeedsAReason_AndCloses()
    {
        var complaint = New();

        var noReason = complaint.NotAccept(Officer, "", Now);
        var notAccepted = complaint.NotAccept(Officer, "不属于人社部门职责，请向市场监管部门反映。", Now);

        Assert.Equal("complaints.reason_required", noReason.Error?.Code);
        Assert.False(notAccepted.IsError);
        Assert.Equal((ComplaintStatus.NotAccepted, false, (DateTime?)Now), (complaint.Status, complaint.IsOpen, complaint.ClosedAtUtc));
    }
}
