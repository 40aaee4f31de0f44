using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.UnitTests.Modules.Ambassadors;

public sealed class DigestTests
{
    [Fact]
    [Trait("Rule", "AMB-09")]
    public void Body_JobsAndEvents_CarryTheAmbassadorsReferralCode()
    {
        var job = new PublishedJobSummary(Guid.CreateVersion7(), "数据分析师", "青岛海纳科技有限公司", "370202");
        var item = new PublishedEventSummary(Guid.CreateVersion7(), "博士引才大使交流活动", "370000", new DateTime(2026, 7, 20, 1, 0, 0, DateTimeKind.Utc));

        var body = AmbassadorDigests.Body([], [job], [item], "ABCDEFGH23");

        Assert.Contains($"数据分析师（青岛海纳科技有限公司） /Ambassadors/Ref?code=ABCDEFGH23&job={job.Id}", body, StringComparison.Ordinal);
        Assert.Contains($"/Ambassadors/Ref?code=ABCDEFGH23&event={item.Id}", body, StringComparison.Ordinal);
        Assert.True(body.Length <= 2000);
    }
}
