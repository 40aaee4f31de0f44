using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Interviews;
using Yincai.Platform;
using static Yincai.Platform.DemoStep;

namespace Yincai.Modules.Jobs.Demo;

/// <summary>
/// The hiring loop of the demo, through the same services as real steps, each at its own time in the past days: the demo
/// talent applies to two jobs of the demo employer; the employer writes and invites them to an interview on the first; the
/// talent accepts and replies. Both demo accounts then find applications, an interview and a conversation.
/// </summary>
public sealed class RecruitingDemoSeeder(IServiceProvider services, YincaiDb db, CurrentUser current, EmployerDirectory employers,
    TimeProvider time) : IDemoSeeder
{
    public const string InterviewedJobTitle = "Java后端开发工程师";
    public const string AppliedJobTitle = "前端开发工程师（Vue）";

    public int Order => 45;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (context.FindAccount(DemoUsers.Talent) is not { } talentUser || context.FindAccount(DemoUsers.Employer) is not { } employerUser) return;
        if (await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(a => a.TalentUserId == talentUser, cancellationToken)) return;
        if (await employers.OfUserAsync(employerUser, cancellationToken) is not { } employer) return;
        var jobs = await db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(j => j.EmployerId == employer.Id && (j.Title == InterviewedJobTitle || j.Title == AppliedJobTitle))
            .ToDictionaryAsync(j => j.Title, j => j.Id, cancellationToken);
        if (jobs.Count < 2) return;

        var interviewed = Expect(await Applications(3).ApplyAsync(talentUser, jobs[InterviewedJobTitle], null, null, cancellationToken));
        Expect(await Applications(1).ApplyAsync(talentUser, jobs[AppliedJobTitle], null, null, cancellationToken));

        current.ActAsMember(employerUser, DemoUsers.Employer, "Employer", Roles.EmployerUser);
        var asEmployer = Conversations(2);
        var conversation = Expect(await asEmployer.OfApplicationAsync(interviewed.Id, cancellationToken));
        Expect(await asEmployer.SendAsync(conversation.Id,
            "李明同学你好，我们看了你的简历，对你在 Spring Boot 项目上的经历很感兴趣，想约你来公司面试，具体时间和地点见面试邀请。", cancellationToken));
        var interviewClock = Clock(2);
        var startsAt = interviewClock.Today.AddDays(5).ToDateTime(new TimeOnly(14, 30));
        var interview = Expect(await ActivatorUtilities.CreateInstance<InterviewInvitations>(services, interviewClock).InviteAsync(employerUser,
            interviewed.Id, new InterviewForm
            {
                StartsAt = startsAt, Minutes = 60, Place = "青岛市市南区香港中路 10 号海纳大厦 3 楼会议室", ContactName = "王经理",
                ContactPhone = "0532-8000 0000", Notes = "请携带纸质简历，面试含 30 分钟上机编程。",
            }, cancellationToken));

        current.ActAsMember(talentUser, DemoUsers.Talent, "Talent", Roles.Talent);
        var asTalent = Conversations(1);
        await asTalent.ReadAsync(conversation.Id, cancellationToken);
        Expect(await ActivatorUtilities.CreateInstance<InterviewInvitations>(services, Clock(1)).AnswerAsync(talentUser, interview.Id,
            InterviewStatus.Accepted, "好的，我会准时参加。", cancellationToken));
        Expect(await asTalent.SendAsync(conversation.Id, "王经理您好，收到面试邀请，我会准时到。请问需要带作品集吗？", cancellationToken));
        db.ChangeTracker.Clear();
        context.Created(2, "job applications");
    }

    private ChinaClock Clock(int daysAgo) => new(new EarlierClock(time, TimeSpan.FromDays(daysAgo)));

    private JobApplications Applications(int daysAgo)
    {
        db.ChangeTracker.Clear();
        return ActivatorUtilities.CreateInstance<JobApplications>(services, (TimeProvider)new EarlierClock(time, TimeSpan.FromDays(daysAgo)));
    }

    // A new instance per side: the service knows its side once per instance, as once per request.
    private Conversations.Conversations Conversations(int daysAgo)
    {
        db.ChangeTracker.Clear();
        return ActivatorUtilities.CreateInstance<Conversations.Conversations>(services, Clock(daysAgo));
    }
}
