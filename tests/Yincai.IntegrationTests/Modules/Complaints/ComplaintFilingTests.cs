using System.Text.Json;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Complaints;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Complaints.ComplaintTestData;

namespace Yincai.IntegrationTests.Modules.Complaints;

/// <summary>
/// The published channel (GRD-14): an anonymous filer proves a mobile number by SMS code on the page or through the API, a
/// wrong form is refused field by field with nothing stored, the tracking page shows the progress and never the filer, and
/// each complaint reaches the officers of the right region.
/// </summary>
public sealed class ComplaintFilingTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task File_AnonymousThroughThePage_WrongCodeRefused_RightCodeFiles_TrackShowsStatusNotFiler_CodeSpent()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();
        var filerName = Unique("韩梅梅");

        using (var sent = await SendCodeAsync(browser, mobile))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            Assert.Contains("验证码已发送，10分钟内有效。", await sent.HtmlAsync(), StringComparison.Ordinal);
        }
        var code = await app.SmsCodeAsync(mobile);
        var wrongCode = code[..5] + (code[5] == '9' ? '0' : (char)(code[5] + 1));
        var form = Named("370202", mobile, filerName, ComplaintKind.FakeHiring);

        form.Code = wrongCode;
        using var wrong = await PostComplaintAsync(browser, form);
        var wrongHtml = await wrong.HtmlAsync();
        form.Code = code;
        using var right = await PostComplaintAsync(browser, form);
        var number = right.Headers.Location?.OriginalString.Split("number=").LastOrDefault() ?? "";
        var (trackStatus, track) = await GetPageAsync(browser, right.Headers.Location!.OriginalString);
        var again = Named("370202", mobile, filerName);
        again.Code = code;
        using var reused = await PostComplaintAsync(browser, again);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("验证码：验证码不正确", wrongHtml, StringComparison.Ordinal);
        Assert.Contains(form.Description!, wrongHtml, StringComparison.Ordinal); // what was typed is kept
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.StartsWith("/Complaints/Track?number=TS", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var complaint = await app.ComplaintByNumberAsync(number);
        Assert.NotNull(complaint);
        Assert.Equal((ComplaintStatus.Received, "370202", form.Description, (Guid?)null), (complaint.Status, complaint.AssignedRegionCode, complaint.Description, complaint.FilerUserId));
        Assert.Equal(HttpStatusCode.OK, trackStatus);
        Assert.Contains(number, track, StringComparison.Ordinal);
        Assert.Contains("投诉已提交，查询编号 " + number, track, StringComparison.Ordinal);
        Assert.Contains("已收到", track, StringComparison.Ordinal);
        Assert.Contains("虚假招聘", track, StringComparison.Ordinal);
        Assert.Contains(Day(complaint.DueOn), track, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, track, StringComparison.Ordinal);
        Assert.DoesNotContain(filerName, track, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("验证码：请先获取验证码，或验证码已过期", await reused.HtmlAsync(), StringComparison.Ordinal);
        Assert.False(await app.AnyComplaintDescribedAsync(again.Description!));
        Assert.Contains(await app.SmsTextsAsync(mobile), t => t.Contains(number, StringComparison.Ordinal)); // the filer's receipt
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task File_MissingDescriptionFutureDateOrTextAsEvidence_NamesTheField_StoresNothing_AndKeepsTheCode()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();
        (await SendCodeAsync(browser, mobile)).Dispose();
        var code = await app.SmsCodeAsync(mobile);
        var form = Named("370203", mobile);
        form.Code = code;
        var description = form.Description!;

        form.Description = "  ";
        using var noDescription = await PostComplaintAsync(browser, form);
        form.Description = description;
        form.OccurredOn = Today.AddDays(1);
        using var future = await PostComplaintAsync(browser, form);
        form.OccurredOn = Today;
        using var notPdf = await PostComplaintAsync(browser, form, ("聊天记录.pdf", "这不是PDF文件"u8.ToArray()));
        var storedAfterMistakes = await app.AnyComplaintDescribedAsync(description);
        using var filed = await PostComplaintAsync(browser, form, ("转账截图.png", Png));

        Assert.Contains("事情经过：请填写。", await noDescription.HtmlAsync(), StringComparison.Ordinal);
        var futureHtml = await future.HtmlAsync();
        Assert.Contains("发生日期：不能晚于今天。", futureHtml, StringComparison.Ordinal);
        Assert.Contains(description, futureHtml, StringComparison.Ordinal);
        Assert.Contains("证据材料：文件“聊天记录.pdf”不是PDF、JPG或PNG。", await notPdf.HtmlAsync(), StringComparison.Ordinal);
        Assert.All([noDescription, future, notPdf], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.False(storedAfterMistakes);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode); // the mistakes did not cost the code
        var complaint = await app.ComplaintByNumberAsync(filed.Headers.Location!.OriginalString.Split("number=")[1]);
        Assert.NotNull(complaint);
        var evidence = await app.WithDbAsync(db => db.ComplaintEvidence.IgnoreQueryFilters().Where(e => e.ComplaintId == complaint.Id)
            .Select(e => new { e.FileName, e.ContentType }).ToListAsync(Ct));
        Assert.Equal(("转账截图.png", "image/png"), (Assert.Single(evidence).FileName, evidence[0].ContentType));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Api_CodeThenComplaint_WrongCodeNamesTheField_RightCodeCreates_TrackAnswersWithoutTheFiler()
    {
        using var client = app.CreateClient();
        var mobile = TestData.NewMobile();
        var filerName = Unique("李雷");
        var description = Unique("面试时被要求先缴纳2000元培训费，承诺培训后安排工作。");
        object Body(string code) => new
        {
            kind = "TrainingLoan", target = "Named", againstName = Unique("某职业培训学校"), description, occurredOn = Iso(Today.AddDays(-1)),
            regionCode = "370203", filerName, mobile, code,
        };

        using var sent = await client.PostAsJsonAsync("/api/v1/complaints/codes", new { mobile }, Ct);
        var code = await app.SmsCodeAsync(mobile);
        using var wrong = await client.PostAsJsonAsync("/api/v1/complaints", Body(code == "000000" ? "111111" : "000000"), Ct);
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var storedAfterWrong = await app.AnyComplaintDescribedAsync(description);
        using var created = await client.PostAsJsonAsync("/api/v1/complaints", Body(code), Ct);
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var number = answer.GetProperty("trackingNumber").GetString()!;
        using var tracked = await client.GetAsync("/api/v1/complaints/" + number, Ct);
        var trackText = await tracked.Content.ReadAsStringAsync(Ct);
        using var unknown = await client.GetAsync("/api/v1/complaints/TS000000-AAAAAAAA", Ct);

        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("验证码不正确", problem.GetProperty("errors").GetProperty("code")[0].GetString(), StringComparison.Ordinal);
        Assert.False(storedAfterWrong);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/complaints/" + number, created.Headers.Location?.OriginalString);
        var complaint = await app.ComplaintByNumberAsync(number);
        Assert.NotNull(complaint);
        Assert.Equal((Iso(complaint.DueOn), "Received"), (answer.GetProperty("dueOn").GetString(), answer.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        var track = JsonDocument.Parse(trackText).RootElement;
        Assert.Equal(("Received", "TrainingLoan"), (track.GetProperty("status").GetString(), track.GetProperty("kind").GetString()));
        Assert.Equal(["Filed"], track.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.DoesNotContain(mobile, trackText, StringComparison.Ordinal);
        Assert.DoesNotContain(filerName, trackText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task File_AgainstAJobOfACountyWithItsOwnOfficer_SignedIn_GoesToThatCountysOfficer()
    {
        var (employerUser, _) = await app.RegisterVerifiedEmployerAsync("370202", Unique("市南测试科技有限公司"));
        var job = await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(employerUser.Id, null, new JobForm
        {
            Type = JobType.FullTime, Title = Unique("客服专员"), Description = "负责客户咨询的接听与回访，记录问题并跟进处理。", RegionCode = "370202", Headcount = 1,
            MinDegree = DegreeLevel.Bachelor, SalaryMinYuan = 5000, SalaryMaxYuan = 7000, ValidUntil = Today.AddMonths(1),
        }, submit: true, Ct));
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = await app.ClientAsync(Via.Cookie, talent.UserName, talent.Password);
        var description = Unique("入职后公司拒绝签订劳动合同，也不缴纳社会保险。");

        using var filed = await PostComplaintAsync(browser, new ComplaintForm
        {
            Kind = ComplaintKind.NoContract, Target = ComplaintTarget.Job, JobId = job.Value!.Id, Description = description, OccurredOn = Today,
        });

        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var complaint = await app.ComplaintByNumberAsync(filed.Headers.Location!.OriginalString.Split("number=")[1]);
        Assert.NotNull(complaint);
        Assert.Equal((ComplaintRouting.Job, "370202", "370202", (Guid?)job.Value.Id, (Guid?)talent.Id),
            (complaint.Routing, complaint.RegionCode, complaint.AssignedRegionCode, complaint.JobId, complaint.FilerUserId));
        Assert.Equal([await app.UserIdAsync(DemoUsers.CountyOfficer)], await app.InboxRecipientsAsync(NotificationKinds.ComplaintAssigned, complaint.TrackingNumber));
        Assert.Equal([talent.Id], await app.InboxRecipientsAsync(NotificationKinds.ComplaintFiled, complaint.TrackingNumber));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task File_AgainstAVerifiedEmployerByCreditCode_GoesToTheEmployersCountyAndItsOfficer()
    {
        var officer = await app.CreateStaffAsync("370213", Roles.Officer);
        var (_, employer) = await app.RegisterVerifiedEmployerAsync("370213", Unique("李沧测试商贸有限公司"));
        var form = Named("370202", TestData.NewMobile(), kind: ComplaintKind.Discrimination);
        (form.Target, form.AgainstName, form.RegionCode) = (ComplaintTarget.Employer, employer.CreditCode, null);

        var complaint = await app.FileAnonymouslyAsync(form);

        Assert.Equal((ComplaintRouting.Employer, "370213", "370213", (Guid?)employer.Id, employer.Name),
            (complaint.Routing, complaint.RegionCode, complaint.AssignedRegionCode, complaint.EmployerId, complaint.AgainstName));
        Assert.Equal([officer.Id], await app.InboxRecipientsAsync(NotificationKinds.ComplaintAssigned, complaint.TrackingNumber));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task File_NamedInACountyWithoutOfficers_FallsBackToTheCity_OthersCannotSeeIt()
    {
        var complaint = await app.FileAnonymouslyAsync(Named("370203", TestData.NewMobile()));
        using var city = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        using var shinan = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);

        var (cityStatus, cityPage) = await GetPageAsync(city, DetailsPath(complaint.Id));
        var (_, cityList) = await GetPageAsync(city, "/Complaints/Manage?number=" + complaint.TrackingNumber);
        var (jinanStatus, _) = await GetPageAsync(jinan, DetailsPath(complaint.Id));
        var (_, jinanList) = await GetPageAsync(jinan, "/Complaints/Manage");
        var (_, jinanSearch) = await GetPageAsync(jinan, "/Complaints/Manage?number=" + complaint.TrackingNumber);
        var (shinanStatus, _) = await GetPageAsync(shinan, DetailsPath(complaint.Id));

        Assert.Equal(("370203", "370200", ComplaintRouting.Filer), (complaint.RegionCode, complaint.AssignedRegionCode, complaint.Routing));
        Assert.Equal([await app.UserIdAsync(DemoUsers.QingdaoOfficer)], await app.InboxRecipientsAsync(NotificationKinds.ComplaintAssigned, complaint.TrackingNumber));
        Assert.Equal(HttpStatusCode.OK, cityStatus);
        Assert.Contains("data-testid=\"complaint-accept\"", cityPage, StringComparison.Ordinal); // the city handles it
        Assert.Contains(complaint.TrackingNumber, cityList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, jinanStatus);
        Assert.DoesNotContain(complaint.TrackingNumber, jinanList, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的投诉。", jinanSearch, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, shinanStatus); // a county beside it does not see it either
    }

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
