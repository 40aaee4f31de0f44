using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Modules.Accounts;
using Yincai.Modules.Employers;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// Issue 22 on a phone (375 × 812): a graduate names the position they want; 为我推荐 puts the job of that occupation
/// before an otherwise equal one, saying why; they apply; the employer invites them to an interview; they accept and write
/// to the employer in the application's conversation, and the employer reads it and answers.
/// </summary>
public sealed class RecruitingConversationJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    private const string Password = "Convers#2026x";
    private const string Region = "370212";
    private const string WantedOccupation = "2-02-10";
    private const string WantedOccupationName = "信息和通信工程技术人员";

    private sealed record Setup(string EmployerMobile, string TalentMobile, string TalentName, string WantedJob, string OtherJob);

    [Fact]
    public async Task Graduate_WantsAPosition_SeesItsJobFirst_Applies_IsInvited_AcceptsAndWritesToTheEmployer()
    {
        var ct = TestContext.Current.CancellationToken;
        var setup = await ArrangeAsync(ct);
        const string test = nameof(Graduate_WantsAPosition_SeesItsJobFirst_Applies_IsInvited_AcceptsAndWritesToTheEmployer);

        // 1. The graduate names the position they want and finds its job first, with the reason.
        await using (var talent = await app.OpenSessionAsync(test + "-1-talent", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(talent);
            var workspace = new WorkspacePage(talent);
            var intention = new IntentionPage(talent);
            var matching = new MatchingPage(talent);
            var jobPage = new JobPage(talent);

            await login.GotoAsync();
            await login.SignInAsync(setup.TalentMobile, Password);
            await workspace.AssertShownAsync("talent");
            await intention.GotoAsync();
            await intention.AssertShownAsync();
            await intention.Occupation(0).SelectOptionAsync(WantedOccupation);
            await intention.AssertFitsPhoneAsync();
            await intention.SaveButton.ClickAsync();
            await Expect(intention.StatusMessage).ToBeVisibleAsync();
            await Expect(intention.Occupation(0)).ToHaveValueAsync(WantedOccupation);

            // The match index follows the change feed within a second or two.
            for (var attempt = 0; ; attempt++)
            {
                await matching.GotoAsync();
                var titles = (await matching.JobTitles.AllInnerTextsAsync()).ToList();
                var (wanted, other) = (titles.IndexOf(setup.WantedJob), titles.IndexOf(setup.OtherJob));
                if (wanted == 0 && other > 0) break;
                Assert.True(attempt < 20, $"The wanted position's job is not first: {string.Join(" / ", titles)}");
                await Task.Delay(500, ct);
            }
            var card = matching.Job(setup.WantedJob);
            await Expect(MatchCard.Reason(card, "Occupation")).ToContainTextAsync($"期望职位对口（{WantedOccupationName}）");
            await MatchCard.Why(matching.Job(setup.OtherJob)).ClickAsync();
            await Expect(MatchCard.Reason(matching.Job(setup.OtherJob), "Occupation")).ToContainTextAsync("不是期望的职位");
            await matching.AssertFitsPhoneAsync();
            await matching.AssertShownAsync("wanted-first");

            await matching.JobTitles.First.ClickAsync();
            await jobPage.AssertShownAsync();
            await jobPage.ApplyButton.ClickAsync();
            await Expect(jobPage.AppliedNotice).ToBeVisibleAsync();
            talent.AssertNoBrowserErrors();
        }

        // 2. The employer invites the applicant to an interview.
        await using (var employer = await app.OpenSessionAsync(test + "-2-employer", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(employer);
            var workspace = new WorkspacePage(employer);
            var ownJobs = new OwnJobsPage(employer);
            var applicants = new ApplicantsPage(employer);
            var interview = new InterviewPage(employer);

            await login.GotoAsync();
            await login.SignInAsync(setup.EmployerMobile, Password);
            await workspace.AssertShownAsync("employer");
            await workspace.Header.OpenFromMenuAsync("岗位管理");
            await ownJobs.ApplicantsLink(setup.WantedJob).ClickAsync();
            await applicants.AssertShownAsync();
            await applicants.InviteLink(setup.TalentName).ClickAsync();
            await interview.AssertShownAsync();
            await interview.StartsAt.FillAsync(ChinaClock.DateOf(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T14:30");
            await interview.Place.FillAsync("青岛市城阳区正阳路160号 5楼");
            await interview.ContactName.FillAsync("刘主管");
            await interview.ContactPhone.FillAsync("0532-87000000");
            await interview.SendButton.ClickAsync();
            await Expect(applicants.Interview(setup.TalentName)).ToContainTextAsync("待回复");
            employer.AssertNoBrowserErrors();
        }

        // 3. The graduate accepts and writes to the employer in the application's conversation.
        await using (var talent = await app.OpenSessionAsync(test + "-3-talent", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(talent);
            var workspace = new WorkspacePage(talent);
            var applications = new MyApplicationsPage(talent);
            var conversation = new ConversationPage(talent);

            await login.GotoAsync();
            await login.SignInAsync(setup.TalentMobile, Password);
            await workspace.AssertShownAsync();
            await workspace.Header.OpenFromMenuAsync("我的申请");
            await applications.AssertShownAsync();
            await Expect(applications.Interview(setup.WantedJob)).ToContainTextAsync("正阳路160号");
            await applications.InterviewReply(setup.WantedJob).FillAsync("好的，我会准时参加。");
            await applications.InterviewButton(setup.WantedJob, "接受").ClickAsync();
            await Expect(applications.InterviewStatus(setup.WantedJob)).ToHaveTextAsync("已接受");
            await applications.AssertFitsPhoneAsync();

            await applications.MessageEmployer(setup.WantedJob).ClickAsync();
            await conversation.AssertShownAsync();
            await conversation.Body.FillAsync("请问面试需要带作品集吗？");
            await conversation.SendButton.ClickAsync();
            await Expect(conversation.Messages.Last).ToContainTextAsync("请问面试需要带作品集吗？");
            await conversation.AssertFitsPhoneAsync();
            await conversation.AssertShownAsync("sent");
            talent.AssertNoBrowserErrors();
        }

        // 4. The employer sees the conversation unread under 招聘沟通, reads it and answers.
        await using (var employer = await app.OpenSessionAsync(test + "-4-employer", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(employer);
            var workspace = new WorkspacePage(employer);
            var conversations = new ConversationsPage(employer);
            var conversation = new ConversationPage(employer);

            await login.GotoAsync();
            await login.SignInAsync(setup.EmployerMobile, Password);
            await workspace.AssertShownAsync();
            await workspace.Header.OpenFromMenuAsync("招聘沟通");
            await conversations.AssertShownAsync();
            await Expect(conversations.Unread(setup.WantedJob)).ToHaveTextAsync("1");
            await conversations.AssertFitsPhoneAsync();
            await conversations.Conversation(setup.WantedJob).ClickAsync();
            await conversation.AssertShownAsync();
            await Expect(conversation.Messages.Last).ToContainTextAsync("请问面试需要带作品集吗？");
            await conversation.Body.FillAsync("带上近期的项目介绍即可。");
            await conversation.SendButton.ClickAsync();
            await Expect(conversation.Messages.Last).ToContainTextAsync("带上近期的项目介绍即可。");
            await conversations.GotoAsync();
            await Expect(conversations.Unread(setup.WantedJob)).ToHaveCountAsync(0);
            employer.AssertNoBrowserErrors();
        }
    }

    /// <summary>A verified employer with two published jobs alike in all but the occupation, and a consenting graduate whose
    /// Rust and Tokio no demo job asks for, set up through the app's own services.</summary>
    private async Task<Setup> ArrangeAsync(CancellationToken ct)
    {
        var unique = Guid.NewGuid().ToString("N")[..4];
        var (employerMobile, talentMobile) = (TestIdentities.NewMobile(), TestIdentities.NewMobile());
        const string talentName = "赵一帆";
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accounts = services.GetRequiredService<AccountRegistration>();
        var db = services.GetRequiredService<YincaiDb>();

        var employerUser = Must(await accounts.RegisterProvedAsync(new NewAccount(AccountKind.Employer, employerMobile, null, "青岛沟通科技有限公司", Password,
            AcceptsTerms: true), ct), "employer user");
        var employer = Must(await services.GetRequiredService<EmployerRegistration>().SaveAsync(employerUser!.Id, new EmployerForm
        {
            CreditCode = TestIdentities.NewCreditCode(), Name = "青岛沟通科技有限公司", RegionCode = Region, IndustryCode = "65",
            Ownership = OwnershipType.Private, Size = EmployerSize.Small, Address = "青岛市城阳区正阳路160号",
            ContactName = "刘主管", ContactPhone = "0532-87000000",
        }, ct), "employer");
        (await db.Employers.SingleAsync(e => e.Id == employer.Id, ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
        await db.SaveChangesAsync(ct);

        var postings = services.GetRequiredService<JobPostings>();
        JobForm Form(string title, string occupation) => new()
        {
            Title = title, Description = "开发高并发的网络服务，使用 Rust 和 Tokio。", RegionCode = Region, OccupationCode = occupation,
            MinDegree = DegreeLevel.Bachelor, Majors = "080902", Tags = "Rust,Tokio", Headcount = 1,
            SalaryMinYuan = 9000, SalaryMaxYuan = 14000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        };
        var wanted = Must(await postings.SaveAsync(employerUser.Id, null, Form("Rust网络工程师" + unique, WantedOccupation), submit: true, ct), "wanted job");
        var other = Must(await postings.SaveAsync(employerUser.Id, null, Form("Rust技术销售" + unique, "4-01-02"), submit: true, ct), "other job");
        foreach (var job in await db.Jobs.Where(j => j.Id == wanted.Id || j.Id == other.Id).ToListAsync(ct))
            job.Approve(Guid.CreateVersion7(), DateTime.UtcNow);
        await db.SaveChangesAsync(ct);

        var talentUser = Must(await accounts.RegisterProvedAsync(new NewAccount(AccountKind.Talent, talentMobile, null, talentName, Password,
            AcceptsTerms: true), ct), "talent user");
        var talent = Must(await services.GetRequiredService<TalentProfiles>().SaveAsync(talentUser!.Id, talentName,
            TestIdentities.NewIdNumber(Region, new DateOnly(2003, 9, 2)), Region, ct), "talent");
        var education = new Education(talent.Id, new EducationDetails(null, "青岛大学", null, DegreeLevel.Bachelor, "080902", "软件工程",
            new DateOnly(2025, 6, 30)));
        db.Educations.Add(education);
        talent.SummariseEducation([education], DateOnly.FromDateTime(DateTime.UtcNow));
        talent.SetIntention([Region], ["65"], [JobType.FullTime], 9000, null, ["Rust", "Tokio"], DateTime.UtcNow);
        talent.RecordConsent(ConsentPurpose.ShareWithEmployers, true);
        db.Consents.Add(new Consent(talent.Id, ConsentPurpose.ShareWithEmployers, true, Consent.CurrentTextVersion, DateTime.UtcNow));
        await db.SaveChangesAsync(ct);
        return new Setup(employerMobile, talentMobile, talentName, wanted.Title, other.Title);
    }

    private static T Must<T>(Result<T> result, string what) =>
        result.IsError ? throw new InvalidOperationException($"Setup failed for the {what}: {result.Error!.Code} {result.Error.Message}") : result.Value!;
}
