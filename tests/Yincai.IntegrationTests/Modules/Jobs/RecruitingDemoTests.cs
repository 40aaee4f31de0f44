using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Demo;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>The demo's hiring loop, made through the same services as real steps: on a fresh start the demo talent has
/// applied twice and accepted an interview, and both demo accounts find the conversation.</summary>
public sealed class RecruitingDemoTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FreshStart_DemoTalentAndEmployer_FindTheApplicationsTheInterviewAndTheConversation()
    {
        using var talent = await app.ClientAsync(Via.Cookie, DemoUsers.Talent);
        using var employer = await app.ClientAsync(Via.Cookie, DemoUsers.Employer);

        var applications = await (await talent.GetAsync("/Jobs/Applications", Ct)).Content.ReadAsStringAsync(Ct);
        var talentInbox = await (await talent.GetAsync("/Jobs/Messages", Ct)).Content.ReadAsStringAsync(Ct);
        var employerInbox = await (await employer.GetAsync("/Jobs/Messages", Ct)).Content.ReadAsStringAsync(Ct);
        var conversationId = await app.WithDbAsync(db => db.Conversations.Where(c => c.JobTitle == RecruitingDemoSeeder.InterviewedJobTitle)
            .Select(c => c.Id).SingleAsync(Ct));
        var conversation = await (await employer.GetAsync($"/Jobs/Messages/View?id={conversationId}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains(RecruitingDemoSeeder.InterviewedJobTitle, applications, StringComparison.Ordinal);
        Assert.Contains(RecruitingDemoSeeder.AppliedJobTitle, applications, StringComparison.Ordinal);
        Assert.Contains("海纳大厦 3 楼会议室", applications, StringComparison.Ordinal);
        Assert.Contains("已接受", applications, StringComparison.Ordinal);
        Assert.Contains(RecruitingDemoSeeder.InterviewedJobTitle, talentInbox, StringComparison.Ordinal);
        Assert.Contains("李明", employerInbox, StringComparison.Ordinal);
        Assert.Contains("我们看了你的简历", conversation, StringComparison.Ordinal);
        Assert.Contains("请问需要带作品集吗", conversation, StringComparison.Ordinal);
    }
}
