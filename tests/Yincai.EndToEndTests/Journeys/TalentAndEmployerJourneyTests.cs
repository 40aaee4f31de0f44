using System.Text.RegularExpressions;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// On a phone (375 × 812), a new talent registers, completes the profile, downloads their data, looks at their events,
/// finds a job and applies; the employer moves the application through to a hire; the talent sees the hire in 我的申请
/// and in the inbox. The demo talent opens their profile and downloads their data.
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
        var myData = new MyDataPage(session);
        var myEvents = new MyEventsPage(session);

        // The talent registers; 求职者 / 人才 is already chosen.
        await register.GotoAsync();
        await Expect(register.Kind("求职者 / 人才")).ToBeCheckedAsync();
        await register.FillAsync(app, talentMobile, talentName, talentPassword);
        await register.AssertShownAsync("filled");
        await register.RegisterButton.ClickAsync();

        // Registration answers alike whether the number was new or not: on to sign-in, with a note.
        await login.AssertShownAsync("registered");
        await Expect(login.Notice).ToContainTextAsync("注册已受理");
        await login.SignInAsync(talentMobile, talentPassword);

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

        // 我的数据, from the profile's tabs: both files hold the person's own data.
        await myData.ProfileTab("我的数据").ClickAsync();
        await myData.AssertShownAsync();
        await DownloadsHoldAsync(myData, talentName);

        // 我的活动: none yet.
        await myData.Header.OpenFromMenuAsync("我的活动");
        await myEvents.AssertShownAsync();
        await Expect(myEvents.Empty).ToBeVisibleAsync();

        // 找工作: search by the job's Chinese title, open it and apply.
        await myEvents.Header.OpenFromMenuAsync("找工作");
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
        await applicants.MoveButton(talentName, "标为已查看").ClickAsync();
        await Expect(applicants.Status(talentName)).ToHaveTextAsync("已查看");
        await applicants.AssertShownAsync("viewed");

        // An interview: a time, a place and whom to call; a place left out is named and nothing is sent.
        var interview = new InterviewPage(session);
        await applicants.InviteLink(talentName).ClickAsync();
        await interview.AssertShownAsync();
        await interview.StartsAt.FillAsync(DateTime.UtcNow.AddHours(8).AddDays(2).ToString("yyyy-MM-dd'T'10:00", System.Globalization.CultureInfo.InvariantCulture));
        await interview.ContactName.FillAsync("王经理");
        await interview.ContactPhone.FillAsync("0532-88886666");
        await interview.SendButton.ClickAsync();
        await Expect(interview.Errors).ToContainTextAsync("面试地点");
        await interview.Place.FillAsync("青岛市市南区香港中路10号 3楼");
        await interview.Notes.FillAsync("请携带身份证和毕业证复印件");
        await interview.AssertFitsPhoneAsync();
        await interview.SendButton.ClickAsync();
        await applicants.AssertShownAsync("interview");
        await Expect(applicants.Status(talentName)).ToHaveTextAsync("邀请面试");
        await Expect(applicants.Interview(talentName)).ToContainTextAsync("香港中路10号");
        await Expect(applicants.Interview(talentName)).ToContainTextAsync("待回复");

        foreach (var (step, status, name) in new[] { ("发录用通知", "已发录用通知", "offer"), ("确认录用", "已录用", "hired") })
        {
            await applicants.MoveButton(talentName, step).ClickAsync();
            await Expect(applicants.Status(talentName)).ToHaveTextAsync(status);
            await applicants.AssertShownAsync(name);
        }
        await Expect(applicants.MoveButton(talentName, "确认录用")).ToHaveCountAsync(0);

        // The employer connects its recruiting system: a key that reads its jobs (shown once), and a webhook for applications.
        var employerPage = new EmployerTokensPage(session);
        var hooks = new EmployerWebhooksPage(session);
        await applicants.Header.OpenFromMenuAsync("单位信息");
        await session.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "接口密钥", Exact = true }).ClickAsync();
        await employerPage.AssertShownAsync();
        await Expect(employerPage.Scope("读取本单位岗位")).ToBeCheckedAsync();
        await employerPage.Name.FillAsync("招聘系统");
        await employerPage.CreateButton.ClickAsync();
        await Expect(employerPage.TokenText).ToContainTextAsync("yc_");
        var key = (await employerPage.TokenText.InnerTextAsync()).Trim();
        await employerPage.AssertFitsPhoneAsync();
        await employerPage.AssertShownAsync("issued");
        using (var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/employer/jobs");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            using var answer = await http.SendAsync(request, cancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains(job.JobTitle, await answer.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        }
        await hooks.GotoAsync();
        await hooks.Address.FillAsync("https://hooks.example.com/recruiting");
        await hooks.SubscribeButton.ClickAsync();
        await Expect(hooks.Secret).ToContainTextAsync("whsec_");
        await Expect(hooks.Subscriptions.Filter(new() { HasText = "hooks.example.com" })).ToContainTextAsync("求职申请状态变化");
        await hooks.AssertFitsPhoneAsync();
        await hooks.AssertShownAsync("subscribed");

        await hooks.Header.SignOutFromMenuAsync();
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

        await myApplications.Header.ExpandMenuAsync();
        await myApplications.Header.InboxLink().ClickAsync();
        await inbox.AssertShownAsync();
        await Expect(inbox.MessageBody(new Regex("已录用$"))).ToHaveCountAsync(1);
        await Expect(inbox.MessageBody(new Regex("已录用$"))).ToHaveTextAsync(job.EmployerName + "：已录用");

        session.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task DemoTalent_OnAPhone_OpensTheirProfileAndDownloadsTheirData()
    {
        await using var session = await app.OpenSessionAsync(nameof(DemoTalent_OnAPhone_OpensTheirProfileAndDownloadsTheirData), BrowserSession.Phone, phone: true);
        var login = new LoginPage(session);
        var workspace = new WorkspacePage(session);
        var profile = new TalentProfilePage(session);
        var myData = new MyDataPage(session);

        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.Talent, DemoAccounts.Password);
        await workspace.AssertShownAsync("demo-talent");
        await workspace.Header.OpenFromMenuAsync("个人信息");

        await profile.AssertShownAsync("demo-talent");
        await Expect(profile.FullName).ToHaveValueAsync("李明");
        await Expect(profile.MaskedIdNumber).ToContainTextAsync("3702");
        await myData.ProfileTab("我的数据").ClickAsync();
        await myData.AssertShownAsync("demo-talent");
        await DownloadsHoldAsync(myData, "李明");
    }

    /// <summary>Downloads the Excel and the JSON file and checks that each is what it says and holds the person's name.</summary>
    private static async Task DownloadsHoldAsync(MyDataPage myData, string fullName)
    {
        var (excelName, excel) = await myData.DownloadAsync(myData.ExcelButton);
        Assert.EndsWith(".xlsx", excelName, StringComparison.Ordinal);
        using (var workbook = new System.IO.Compression.ZipArchive(new MemoryStream(excel)))
            Assert.Contains(workbook.Entries, e => e.FullName == "xl/workbook.xml");

        var (jsonName, json) = await myData.DownloadAsync(myData.JsonButton);
        Assert.EndsWith(".json", jsonName, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Contains(fullName, StringsIn(document.RootElement));
    }

    private static IEnumerable<string> StringsIn(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn),
        _ => [],
    };
}
