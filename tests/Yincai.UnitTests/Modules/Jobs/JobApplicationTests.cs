using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.UnitTests.Modules.Jobs;

public sealed class JobApplicationTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);

    private static JobApplication NewApplication()
    {
        var job = new Job(Guid.CreateVersion7(), new JobDetails("单位", JobType.FullTime, "岗位", "描述描述描述描述描述", "370202", "65", 1,
            DegreeLevel.None, 0, 0, new DateOnly(2027, 1, 1)), Now);
        return new JobApplication(job, Guid.CreateVersion7(), Guid.CreateVersion7(), "求职者", null, null, Now);
    }

    [Fact]
    public void New_WithAResume_KeepsItsTitleAndTextAsSent()
    {
        var job = new Job(Guid.CreateVersion7(), new JobDetails("单位", JobType.FullTime, "岗位", "描述描述描述描述描述", "370202", "65", 1,
            DegreeLevel.None, 0, 0, new DateOnly(2027, 1, 1)), Now);
        var resume = new ResumeContent(Guid.CreateVersion7(), "应届生简历", "熟悉C#与SQL。", "cv.pdf", [1, 2, 3]);

        var application = new JobApplication(job, Guid.CreateVersion7(), Guid.CreateVersion7(), "求职者", resume, null, Now);

        Assert.Equal((resume.Id, "应届生简历", "熟悉C#与SQL。"), (application.ResumeId!.Value, application.ResumeTitle, application.ResumeText));
    }

    [Fact]
    public void MoveTo_TheWholeWayToHired_RecordsTheHire()
    {
        var application = NewApplication();

        foreach (var step in new[] { ApplicationStatus.Viewed, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
            Assert.False(application.MoveTo(step, Now).IsError);

        Assert.Equal(ApplicationStatus.Hired, application.Status);
        Assert.Equal(Now, application.HiredAtUtc);
        Assert.Empty(application.AllowedNext);
    }

    [Theory]
    [InlineData(ApplicationStatus.Offer)]
    [InlineData(ApplicationStatus.Hired)]
    [InlineData(ApplicationStatus.Submitted)]
    public void MoveTo_SkippingSteps_ReturnsApplicationStep(ApplicationStatus target)
    {
        var application = NewApplication();

        var result = application.MoveTo(target, Now);

        Assert.Equal("jobs.application_step", result.Error?.Code);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void MoveTo_AfterRejection_AllowsNothing()
    {
        var application = NewApplication();
        application.MoveTo(ApplicationStatus.Rejected, Now);

        var result = application.MoveTo(ApplicationStatus.Interview, Now);

        Assert.True(result.IsError);
    }
}
