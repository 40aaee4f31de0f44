using System.Globalization;
using Yincai.IntegrationTests.Modules.Matching;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Jobs.Interviews;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>Interview invitations (issue 22): a time, a place or a link and a contact; the talent accepts, declines or asks for
/// another time and the employer hears of it; a newer invitation replaces the open one; an .ics for the calendar.</summary>
public sealed class InterviewTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Arranged(HttpClient Employer, HttpClient Talent, Guid EmployerUserId, JobApplication Application) : IDisposable
    {
        public void Dispose()
        {
            Employer.Dispose();
            Talent.Dispose();
        }
    }

    private async Task<Arranged> AppliedAsync()
    {
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job("面试测试岗" + Guid.NewGuid().ToString("N")[..6]));
        var (talentUser, _) = await app.FindableTalentAsync();
        var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct))).Value!;
        var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, employerUser.UserName, employerUser.Password);
        var talent = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(talent, talentUser.UserName, talentUser.Password);
        return new Arranged(employer, talent, employerUser.Id, application);
    }

    /// <summary>The day after tomorrow at <paramref name="hour"/>:00, China time, as the form's datetime-local sends it.</summary>
    private static string InTwoDays(int hour) =>
        ChinaClock.DateOf(DateTime.UtcNow).AddDays(2).ToDateTime(new TimeOnly(hour, 0)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Form(Guid applicationId, string startsAt, string? place = "青岛市市南区香港中路10号", bool online = false,
        string? link = null) => new()
    {
        ["applicationId"] = applicationId.ToString(), ["Form.StartsAt"] = startsAt, ["Form.Minutes"] = "45", ["Form.Online"] = online ? "true" : "false",
        ["Form.Place"] = place ?? "", ["Form.Link"] = link ?? "", ["Form.ContactName"] = "王经理", ["Form.ContactPhone"] = "0532-88886666",
        ["Form.Notes"] = "请携带身份证，地址：1号楼; 3层",
    };

    private Task<HttpResponseMessage> InviteAsync(Arranged a, Dictionary<string, string> form) =>
        YincaiAppFactory.PostFormAsync(a.Employer, $"/Jobs/Own/Interview?applicationId={a.Application.Id}", form);

    private Task<List<Interview>> InterviewsAsync(Guid applicationId) =>
        app.WithDbAsync(db => db.Interviews.AsNoTracking().Where(i => i.ApplicationId == applicationId).OrderBy(i => i.CreatedAtUtc).ToListAsync(Ct));

    [Theory]
    [InlineData("past", "面试时间")]
    [InlineData("online-without-link", "会议链接")]
    [InlineData("no-place", "面试地点")]
    public async Task Invite_BadField_NamesItAndSendsNothing(string bad, string named)
    {
        using var a = await AppliedAsync();
        var form = bad switch
        {
            "past" => Form(a.Application.Id, ChinaClock.ToChina(DateTime.UtcNow).AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
            "online-without-link" => Form(a.Application.Id, InTwoDays(10), place: null, online: true, link: "ftp://meet.example"),
            _ => Form(a.Application.Id, InTwoDays(10), place: " "),
        };

        using var response = await InviteAsync(a, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await InterviewsAsync(a.Application.Id));
        Assert.Equal(ApplicationStatus.Submitted,
            await app.WithDbAsync(db => db.JobApplications.Where(x => x.Id == a.Application.Id).Select(x => x.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Invite_TalentSeesItAndAccepts_WithANote_EmployerIsToldAndSeesTheAnswer()
    {
        using var a = await AppliedAsync();

        using var sent = await InviteAsync(a, Form(a.Application.Id, InTwoDays(10)));
        var mine = await (await a.Talent.GetAsync("/Jobs/Applications", Ct)).Content.ReadAsStringAsync(Ct);
        var interview = Assert.Single(await InterviewsAsync(a.Application.Id));
        using var answered = await YincaiAppFactory.PostFormAsync(a.Talent, "/Jobs/Applications?handler=Answer", new Dictionary<string, string>
        {
            ["interviewId"] = interview.Id.ToString(), ["answer"] = "Accepted", ["reply"] = "好的，我会准时到。",
        });
        var applicants = await (await a.Employer.GetAsync($"/Jobs/Own/Applicants?jobId={a.Application.JobId}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(ChinaClock.ToUtc(DateTime.ParseExact(InTwoDays(10), "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)), interview.StartsAtUtc);
        Assert.Equal(ApplicationStatus.Interview,
            await app.WithDbAsync(db => db.JobApplications.Where(x => x.Id == a.Application.Id).Select(x => x.Status).SingleAsync(Ct)));
        Assert.Contains("青岛市市南区香港中路10号", mine, StringComparison.Ordinal);
        Assert.Contains("王经理", mine, StringComparison.Ordinal);
        Assert.Contains("（45分钟）", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("已接受", applicants, StringComparison.Ordinal);
        Assert.Contains("好的，我会准时到。", applicants, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == a.Application.TalentUserId
            && n.TemplateKey == "InterviewInvited", Ct)));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == a.EmployerUserId
            && n.TemplateKey == "InterviewAnswered" && n.Values!.Contains("好的，我会准时到。"), Ct)));
    }

    [Fact]
    public async Task AskAnotherTime_ThenANewInvitation_ReplacesTheOld_WhichCanNoLongerBeAnswered()
    {
        using var a = await AppliedAsync();
        using var first = await InviteAsync(a, Form(a.Application.Id, InTwoDays(9)));
        var old = Assert.Single(await InterviewsAsync(a.Application.Id));
        using var asked = await YincaiAppFactory.PostFormAsync(a.Talent, "/Jobs/Applications?handler=Answer", new Dictionary<string, string>
        {
            ["interviewId"] = old.Id.ToString(), ["answer"] = "OtherTimeAsked", ["reply"] = "周三下午方便",
        });

        using var second = await InviteAsync(a, Form(a.Application.Id, InTwoDays(15)));
        using var late = await YincaiAppFactory.PostFormAsync(a.Talent, "/Jobs/Applications?handler=Answer", new Dictionary<string, string>
        {
            ["interviewId"] = old.Id.ToString(), ["answer"] = "Accepted",
        });

        var both = await InterviewsAsync(a.Application.Id);
        Assert.Equal([InterviewStatus.Replaced, InterviewStatus.Proposed], both.Select(i => i.Status));
        Assert.Equal("周三下午方便", both[0].Reply);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("已经不能回复", await late.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ics_TheTalentsOwnInvitation_InUtcWithEscapedText_NobodyElsesFile()
    {
        using var a = await AppliedAsync();
        using var sent = await InviteAsync(a, Form(a.Application.Id, InTwoDays(10)));
        var interview = Assert.Single(await InterviewsAsync(a.Application.Id));
        using var someoneElse = await app.SignedInTalentAsync();

        using var file = await a.Talent.GetAsync($"/Jobs/Applications?handler=Ics&id={interview.Id}", Ct);
        using var refused = await someoneElse.Browser.GetAsync($"/Jobs/Applications?handler=Ics&id={interview.Id}", Ct);
        var ics = await file.Content.ReadAsStringAsync(Ct);

        Assert.Equal("text/calendar", file.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:" + interview.StartsAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:" + interview.StartsAtUtc.AddMinutes(45).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), ics, StringComparison.Ordinal);
        // Commas and semicolons escaped (RFC 5545); long lines folded.
        Assert.Contains("1号楼\\; 3层", ics.Replace("\r\n ", ""), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
