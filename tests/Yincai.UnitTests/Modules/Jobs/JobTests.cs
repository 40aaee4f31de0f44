using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.UnitTests.Modules.Jobs;

public sealed class JobTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static JobDetails Details(DateOnly? validUntil = null) =>
        new("青岛海纳科技有限公司", JobType.FullTime, "软件工程师", "负责平台后端开发，熟悉C#与数据库。", "370202", "65", 3,
            DegreeLevel.Bachelor, 8000, 15000, validUntil ?? Today.AddMonths(1));

    private static Job Draft(DateOnly? validUntil = null) => new(Guid.CreateVersion7(), Details(validUntil), Now);

    [Fact]
    public void Submit_Draft_AwaitsReview()
    {
        var job = Draft();

        var result = job.Submit(Today);

        Assert.False(result.IsError);
        Assert.Equal(JobStatus.PendingReview, job.Status);
    }

    [Fact]
    public void Submit_ValidUntilYesterday_ReturnsValidUntilPast()
    {
        var job = Draft(Today.AddDays(-1));

        var result = job.Submit(Today);

        Assert.Equal("jobs.valid_until_past", result.Error?.Code);
    }

    [Fact]
    public void Approve_NotSubmitted_ReturnsNotPending()
    {
        var job = Draft();

        var result = job.Approve(Guid.CreateVersion7(), Now);

        Assert.Equal("jobs.not_pending", result.Error?.Code);
    }

    [Fact]
    public void Edit_PublishedJob_GoesBackThroughReview()
    {
        var job = Draft();
        job.Submit(Today);
        job.Approve(Guid.CreateVersion7(), Now);

        job.Edit(Details() with { Title = "高级软件工程师" });

        Assert.Equal(JobStatus.Draft, job.Status);
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public void ExpireIfDue_PublishedPastValidUntil_Closes()
    {
        var job = Draft(Today);
        job.Submit(Today);
        job.Approve(Guid.CreateVersion7(), Now);

        var stillOpenToday = job.ExpireIfDue(Today);
        var closedTomorrow = job.ExpireIfDue(Today.AddDays(1));

        Assert.False(stillOpenToday);
        Assert.True(closedTomorrow);
        Assert.Equal(JobStatus.Closed, job.Status);
    }
}
