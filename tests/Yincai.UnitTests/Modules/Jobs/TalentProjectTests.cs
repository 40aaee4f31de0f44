using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.UnitTests.Modules.Jobs;

public sealed class TalentProjectTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static TalentProjectDetails Details(DateOnly? validUntil = null) =>
        new("王*明", "低空物流无人机调度平台", "海外团队研发的无人机集群调度算法，寻求落地园区与首轮融资。", "65", "370202",
            ProjectStage.Prototype, 500, validUntil ?? Today.AddMonths(6));

    private static TalentProject Draft(DateOnly? validUntil = null) => new(Guid.CreateVersion7(), Details(validUntil), Now);

    [Fact]
    public void SubmitThenApprove_Draft_IsPublished()
    {
        var project = Draft();

        var submitted = project.Submit(Today);
        var approved = project.Approve(Guid.CreateVersion7(), Now);

        Assert.False(submitted.IsError || approved.IsError);
        Assert.Equal(JobStatus.Published, project.Status);
    }

    [Fact]
    public void Reject_Pending_KeepsTheReasonForTheTalent()
    {
        var project = Draft();
        project.Submit(Today);

        project.Reject(Guid.CreateVersion7(), " 请补充团队情况 ");

        Assert.Equal(JobStatus.Rejected, project.Status);
        Assert.Equal("请补充团队情况", project.ReviewNote);
    }

    [Fact]
    public void Submit_Published_ReturnsNotDraft()
    {
        var project = Draft();
        project.Submit(Today);
        project.Approve(Guid.CreateVersion7(), Now);

        var result = project.Submit(Today);

        Assert.Equal("jobs.not_draft", result.Error?.Code);
    }

    [Fact]
    public void Edit_Published_GoesBackThroughReview()
    {
        var project = Draft();
        project.Submit(Today);
        project.Approve(Guid.CreateVersion7(), Now);

        project.Edit(Details() with { Stage = ProjectStage.Revenue });

        Assert.Equal((JobStatus.Draft, ProjectStage.Revenue), (project.Status, project.Stage));
    }

    [Fact]
    public void Close_Twice_ReturnsClosed()
    {
        var project = Draft();
        project.Close();

        var result = project.Close();

        Assert.Equal("jobs.closed", result.Error?.Code);
    }

    [Fact]
    public void ExpireIfDue_PublishedPastValidUntil_Closes()
    {
        var project = Draft(Today);
        project.Submit(Today);
        project.Approve(Guid.CreateVersion7(), Now);

        var closed = project.ExpireIfDue(Today.AddDays(1));

        Assert.True(closed);
        Assert.Equal(JobStatus.Closed, project.Status);
    }
}
