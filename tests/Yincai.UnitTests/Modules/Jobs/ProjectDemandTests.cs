using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.UnitTests.Modules.Jobs;

public sealed class ProjectDemandTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static ProjectDemandDetails Details(DateOnly? validUntil = null) =>
        new("青岛海纳科技有限公司", "海水淡化膜材料联合研发", "寻求高校团队合作开发耐污染反渗透膜，周期两年。", "26", "370202",
            CooperationMode.JointResearch, 50, 200, validUntil ?? Today.AddMonths(6));

    private static ProjectDemand Draft(DateOnly? validUntil = null) => new(Guid.CreateVersion7(), Details(validUntil), Now);

    private static ProjectDemand Published(DateOnly? validUntil = null)
    {
        var demand = Draft(validUntil);
        demand.Submit(Today);
        demand.Approve(Guid.CreateVersion7(), Now);
        return demand;
    }

    [Fact]
    public void Submit_Draft_AwaitsReview()
    {
        var demand = Draft();

        var result = demand.Submit(Today);

        Assert.False(result.IsError);
        Assert.Equal(JobStatus.PendingReview, demand.Status);
    }

    [Fact]
    public void Submit_ValidUntilYesterday_ReturnsValidUntilPast()
    {
        var demand = Draft(Today.AddDays(-1));

        var result = demand.Submit(Today);

        Assert.Equal("jobs.valid_until_past", result.Error?.Code);
        Assert.Equal(JobStatus.Draft, demand.Status);
    }

    [Fact]
    public void Approve_Draft_ReturnsNotPending()
    {
        var demand = Draft();

        var result = demand.Approve(Guid.CreateVersion7(), Now);

        Assert.Equal("jobs.not_pending", result.Error?.Code);
    }

    [Fact]
    public void Approve_Pending_PublishesWithReviewerAndTime()
    {
        var demand = Draft();
        demand.Submit(Today);
        var officer = Guid.CreateVersion7();

        demand.Approve(officer, Now);

        Assert.Equal((JobStatus.Published, officer, Now), (demand.Status, demand.ReviewedBy!.Value, demand.PublishedAtUtc!.Value));
    }

    [Fact]
    public void Reject_WithoutReason_ReturnsReasonRequiredAndStaysPending()
    {
        var demand = Draft();
        demand.Submit(Today);

        var result = demand.Reject(Guid.CreateVersion7(), "  ");

        Assert.Equal("jobs.reason_required", result.Error?.Code);
        Assert.Equal(JobStatus.PendingReview, demand.Status);
    }

    [Fact]
    public void Submit_AfterRejection_ClearsTheReasonAndAwaitsReviewAgain()
    {
        var demand = Draft();
        demand.Submit(Today);
        demand.Reject(Guid.CreateVersion7(), "预算不明确");

        var result = demand.Submit(Today);

        Assert.False(result.IsError);
        Assert.Equal(JobStatus.PendingReview, demand.Status);
        Assert.Null(demand.ReviewNote);
    }

    [Fact]
    public void Edit_Published_GoesBackToDraft()
    {
        var demand = Published();

        demand.Edit(Details() with { BudgetMaxWan = 300 });

        Assert.Equal(JobStatus.Draft, demand.Status);
        Assert.Equal(300, demand.BudgetMaxWan);
    }

    [Fact]
    public void Edit_Closed_ReturnsClosedAndChangesNothing()
    {
        var demand = Published();
        demand.Close();

        var result = demand.Edit(Details() with { Title = "改过的需求" });

        Assert.Equal("jobs.closed", result.Error?.Code);
        Assert.Equal("海水淡化膜材料联合研发", demand.Title);
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public void ExpireIfDue_PublishedPastValidUntil_Closes()
    {
        var demand = Published(Today);

        var stillOpenToday = demand.ExpireIfDue(Today);
        var closedTomorrow = demand.ExpireIfDue(Today.AddDays(1));

        Assert.False(stillOpenToday);
        Assert.True(closedTomorrow);
        Assert.Equal(JobStatus.Closed, demand.Status);
    }

    [Fact]
    public void ExpireIfDue_DraftPastValidUntil_StaysDraft()
    {
        var demand = Draft(Today);

        var expired = demand.ExpireIfDue(Today.AddDays(1));

        Assert.False(expired);
        Assert.Equal(JobStatus.Draft, demand.Status);
    }
}
