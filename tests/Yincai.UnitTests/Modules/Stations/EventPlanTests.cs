using Yincai.Modules.Stations.Operation;
using static Yincai.UnitTests.Modules.Stations.StationFixtures;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>A station's yearly event plan (STN-11): drafted, submitted, approved (events then run in the office's name) or returned.</summary>
public sealed class EventPlanTests
{
    private static readonly Guid Officer = Guid.CreateVersion7();
    private static readonly PlannedEvent[] TwoEvents = [new("海洋人才沙龙", 4, 50), new("高校毕业生对接会", 6, 200)];

    private static EventPlan Draft() => new(Guid.CreateVersion7(), "370202", 2026);

    private static EventPlan Submitted()
    {
        var plan = Draft();
        plan.Edit(TwoEvents);
        Assert.False(plan.Submit().IsError);
        return plan;
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Submit_EmptyPlan_IsRefused()
    {
        var plan = Draft();

        var result = plan.Submit();

        Assert.Equal(("stations.plan_empty", "Lines"), (result.Error?.Code, result.Error?.Field));
        Assert.Equal(EventPlanStatus.Draft, plan.Status);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Edit_ThenSubmit_KeepsTheLinesAndIsSubmitted()
    {
        var plan = Draft();

        Assert.False(plan.Edit(TwoEvents).IsError);
        Assert.False(plan.Submit().IsError);

        Assert.Equal(EventPlanStatus.Submitted, plan.Status);
        Assert.Equal(TwoEvents, plan.Lines);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Edit_AfterSubmitOrApproval_IsRefused()
    {
        var submitted = Submitted();
        var approved = Submitted();
        approved.Approve(Officer, "青岛市人力资源和社会保障局", Now);

        Assert.Equal("stations.plan_not_editable", submitted.Edit([new("新活动", 9, 30)]).Error?.Code);
        Assert.Equal("stations.plan_not_editable", approved.Edit([new("新活动", 9, 30)]).Error?.Code);
        Assert.Equal("stations.plan_not_editable", approved.Submit().Error?.Code);
        Assert.Equal(TwoEvents, submitted.Lines);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Approve_Submitted_RunsInTheApprovingOfficesName()
    {
        var plan = Submitted();

        var result = plan.Approve(Officer, "青岛市人力资源和社会保障局", Now);

        Assert.False(result.IsError);
        Assert.Equal((EventPlanStatus.Approved, Officer, Now, "青岛市人力资源和社会保障局"),
            (plan.Status, plan.ApprovedBy, plan.ApprovedAtUtc, plan.HostOfficeName));
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Approve_NotSubmitted_IsRefused()
    {
        var draft = Draft();
        draft.Edit(TwoEvents);
        var approved = Submitted();
        approved.Approve(Officer, "办公室", Now);

        Assert.Equal("stations.plan_not_submitted", draft.Approve(Officer, "办公室", Now).Error?.Code);
        Assert.Equal("stations.plan_not_submitted", approved.Approve(Officer, "办公室", Now).Error?.Code);
        Assert.Equal(EventPlanStatus.Draft, draft.Status);
        Assert.Null(draft.HostOfficeName);
    }

    [Theory]
    [Trait("Rule", "STN-11")]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutAReason_IsRefused(string reason)
    {
        var plan = Submitted();

        Assert.Equal("stations.reason_required", plan.Return(reason).Error?.Code);
        Assert.Equal(EventPlanStatus.Submitted, plan.Status);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Return_Draft_IsRefused()
    {
        Assert.Equal("stations.plan_not_submitted", Draft().Return("理由").Error?.Code);
    }

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Return_ThenEditAndResubmit_IsSubmittedAgainWithoutTheReason()
    {
        var plan = Submitted();

        Assert.False(plan.Return("  请补充活动规模 ").IsError);
        Assert.Equal((EventPlanStatus.Returned, "请补充活动规模"), (plan.Status, plan.ReturnReason));

        PlannedEvent[] three = [.. TwoEvents, new("创业项目路演", 9, 80)];
        Assert.False(plan.Edit(three).IsError);
        Assert.False(plan.Submit().IsError);

        Assert.Equal((EventPlanStatus.Submitted, (string?)null), (plan.Status, plan.ReturnReason));
        Assert.Equal(3, plan.Lines.Count);
    }
}
