using System.Text.RegularExpressions;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// On a phone (375 × 812), a new talent registers, completes the profile, finds a job and applies; the employer
/// moves the application through to a hire; the talent sees the hire in 我的申请 and in the inbox.
/// </summary>
public sealed class TalentAndEmployerJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    [Fact]
    public async Task TalentAndEmployer_OnAPhone_FindApplyAndHire()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var unique = Guid.NewGuid().ToString("N")[..6];
        var job = await PublishedJob.CreateAsync(app, "数据分析师" + unique, cancellationToken);

        var talentMobile = TestIdentities.NewMobile();
        const string talentPassword = "Talent#2026x";
        const string talentName = "李晓明";
        var idNumber = TestIdentities.NewIdNumber("370202", new DateOnly(1999, 3, 15));
        var maskedIdNumber = TestIdentities.MaskIdNumber(idNumber);

        await using var session = await app.OpenSessionAsync(nameof(TalentAndEmployer_OnAPhone_FindApplyAndHire), BrowserSession.Phone, phone: true);
        var register = new RegisterPage(session);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);
        var profile = new TalentProfilePage(session);
        var search = new JobSearchPage(session);
        var jobPage = new JobPage(session);
        var home = new PublicHomePage(session);
        var ownJobs = new OwnJobsPage(session);
        var applicants = new ApplicantsPage(session);
        var myApplications = new MyApplicationsPage(session);
        var inbox = new InboxPage(session);

        // The talent registers; 求职者 / 人才 is already chosen.
        await register.GotoAsync();
        await Expect(register.Kind("求职者 / 人才")).ToBeCheckedAsync();
        await register.FillAsync(talentMobile, talentName, talentPassword);
        await register.AssertShownAsync("filled");
        await register.RegisterButton.ClickAsync();

        await workspace.AssertShownAsync("talent");
        await Expect(workspace.Heading).ToHaveTextAsync("您好，" + talentName);

        // 个人信息: the province reloads the page with its regions; the saved ID number is shown masked only.
        await workspace.Header.OpenFromMenuAsync("个人信息");
        await profile.AssertShownAsync();
        await profile.ChooseProvinceAsync("山东省", "370202");
        await profile.AssertShownAsync("province");
        await profile.FullName.FillAsync(talentName);
        await profile.IdNumber.FillAsync(idNumber);
        await profile.HouseholdRegion.SelectOptionAsync("370202");
        await profile.AssertShownAsync("filled");
        await profile.SaveButton.ClickAsync();

        await Expect(profile.StatusMessage).ToBeVisibleAsync();
        await Expect(profile.MaskedIdNumber).ToContainTextAsync(maskedIdNumber);
        await profile.AssertShownAsync("saved");
        Assert.DoesNotContain(idNumber, await session.Page.ContentAsync(), StringComparison.Ordinal);
        await Expect(profile.FullName).ToHaveValueAsync(talentName);
        await Expect(profile.HouseholdRegion).ToHaveValueAsync("370202");

        // 找工作: search by the job's Chinese title, open it and apply.
        await profile.Header.OpenFromMenuAsync("找工作");
        await search.AssertShownAsync();
        await search.SearchAsync(job.JobTitle);
        await Expect(search.ResultCount).ToHaveTextAsync("共找到 1 个岗位");
        await Expect(search.Result(job.JobTitle)).ToHaveCountAsync(1);
        await search.AssertShownAsync("results");
        await search.Result(job.JobTitle).ClickAsync();

        await jobPage.AssertShownAsync();
        await Expect(jobPage.Heading).ToHaveTextAsync(job.JobTitle);
        await jobPage.ApplyButton.ClickAsync();
        await Expect(jobPage.AppliedNotice).ToBeVisibleAsync();
        await Expect(jobPage.ApplyButton).ToHaveCountAsync(0);
        await jobPage.AssertShownAsync("applied");

        await jobPage.Header.SignOutFromMenuAsync();
        await home.AssertShownAsync("signed-out");

        // The employer moves the application on, one step per reload, to a hire.
        await home.Header.OpenFromMenuAsync("登录");
        await login.AssertShownAsync("employer");
        await login.SignInAsync(job.EmployerMobile, job.EmployerPassword);
        await workspace.AssertShownAsync("employer");

        await workspace.Header.OpenFromMenuAsync("岗位管理");
        await ownJobs.AssertShownAsync();
        await Expect(ownJobs.Row(job.JobTitle)).ToContainTextAsync("已发布");
        await ownJobs.ApplicantsLink(job.JobTitle).ClickAsync();

        await applicants.AssertShownAsync();
        await Expect(applicants.Status(talentName)).ToHaveTextAsync("已投递");
        foreach (var (step, status, name) in new[]
        {
            ("标为已查看", "已查看", "viewed"), ("邀请面试", "邀请面试", "interview"),
            ("发录用通知", "已发录用通知", "offer"), ("确认录用", "已录用", "hired"),
        })
        {
            await applicants.MoveButton(talentName, step).ClickAsync();
            await Expect(applicants.Status(talentName)).ToHaveTextAsync(status);
            await applicants.AssertShownAsync(name);
        }
        await Expect(applicants.MoveButton(talentName, "确认录用")).ToHaveCountAsync(0);

        await applicants.Header.SignOutFromMenuAsync();
        await home.AssertShownAsync("employer-signed-out");

        // The talent signs in again and hears of the hire.
        await home.Header.OpenFromMenuAsync("登录");
        await login.AssertShownAsync("talent");
        await login.SignInAsync(talentMobile, talentPassword);
        await workspace.AssertShownAsync("talent-again");

        await workspace.Header.OpenFromMenuAsync("我的申请");
        await myApplications.AssertShownAsync();
        await Expect(myApplications.Status(job.JobTitle)).ToHaveTextAsync("已录用");
        var unread = await myApplications.Header.UnreadCountAsync();
        Assert.True(unread > 0, $"The inbox badge shows {unread} unread messages.");

        await myApplications.Header.ExpandMenuFullyAsync();
        await myApplications.Header.InboxLink().ClickAsync();
        await inbox.AssertShownAsync();
        await Expect(inbox.MessageBody(new Regex("已录用$"))).ToHaveCountAsync(1);
        await Expect(inbox.MessageBody(new Regex("已录用$"))).ToHaveTextAsync(job.EmployerName + "：已录用");

        session.AssertNoBrowserErrors();
    }
}
