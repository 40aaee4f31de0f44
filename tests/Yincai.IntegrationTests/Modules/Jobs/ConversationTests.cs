using System.Globalization;
using Yincai.IntegrationTests.Modules.Matching;
using Yincai.Modules.Jobs.Conversations;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>Recruiting conversations (issue 22): the two sides of an application write to each other with unread counts;
/// an employer invites a findable talent to apply; the talent blocks or reports; others never read it.</summary>
public sealed class ConversationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
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
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job("沟通测试岗" + Guid.NewGuid().ToString("N")[..6]));
        var (talentUser, _) = await app.FindableTalentAsync(fullName: "沟通人才");
        var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct))).Value!;
        return new Arranged(await SignInAsync(employerUser), await SignInAsync(talentUser), employerUser.Id, application);
    }

    private async Task<HttpClient> SignInAsync(TestAccount account)
    {
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, account.UserName, account.Password);
        return browser;
    }

    /// <summary>Opens the application's conversation from either side; its page's address.</summary>
    private static async Task<string> OpenAsync(HttpClient browser, Guid applicationId)
    {
        using var opened = await browser.GetAsync($"/Jobs/Messages?handler=Application&applicationId={applicationId}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return opened.Headers.Location!.OriginalString;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string handler, Dictionary<string, string> fields) =>
        YincaiAppFactory.PostFormAsync(browser, page + "&handler=" + handler, fields, tokenFrom: page);

    private static Task<HttpResponseMessage> SendAsync(HttpClient browser, string page, string body) =>
        PostAsync(browser, page, "Send", new() { ["Body"] = body });

    private static async Task<string> TextAsync(HttpClient browser, string path) =>
        await (await browser.GetAsync(path, Ct)).Content.ReadAsStringAsync(Ct);

    private static int UnreadBadge(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"unread\">(\\d+)<").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [Fact]
    public async Task TalentAndEmployer_WriteAboutTheApplication_EachSeesUnreadUntilReading_AndIsToldOfTheFirstOnly()
    {
        using var a = await AppliedAsync();
        var page = await OpenAsync(a.Talent, a.Application.Id);

        using var first = await SendAsync(a.Talent, page, "您好，请问岗位需要出差吗？");
        using var second = await SendAsync(a.Talent, page, "另外，入职时间可以协商吗？");
        var employerList = await TextAsync(a.Employer, "/Jobs/Messages");
        var employerPage = await OpenAsync(a.Employer, a.Application.Id);
        var employerThread = await TextAsync(a.Employer, employerPage);
        using var reply = await SendAsync(a.Employer, employerPage, "不需要出差，入职时间可以商量。");
        var talentList = await TextAsync(a.Talent, "/Jobs/Messages");
        var employerListAfter = await TextAsync(a.Employer, "/Jobs/Messages");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode, reply.StatusCode));
        Assert.Equal(page, employerPage);
        Assert.Equal(2, UnreadBadge(employerList));
        Assert.Contains("另外，入职时间可以协商吗？", employerList, StringComparison.Ordinal);
        Assert.Contains("您好，请问岗位需要出差吗？", employerThread, StringComparison.Ordinal);
        Assert.Equal(0, UnreadBadge(employerListAfter));
        Assert.Equal(1, UnreadBadge(talentList));
        Assert.Contains("不需要出差，入职时间可以商量。", talentList, StringComparison.Ordinal);
        // Told once for the two unread messages, not twice.
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == a.EmployerUserId && n.TemplateKey == "NewMessage", Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == a.Application.TalentUserId && n.TemplateKey == "NewMessage", Ct)));
    }

    [Theory]
    [InlineData("", "消息：请填写内容。")]
    [InlineData("   ", "消息：请填写内容。")]
    public async Task Send_Empty_NamesTheFieldAndSendsNothing(string body, string message)
    {
        using var a = await AppliedAsync();
        var page = await OpenAsync(a.Talent, a.Application.Id);

        using var sent = await SendAsync(a.Talent, page, body);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains(message, await sent.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ConversationMessages.CountAsync(m => m.TalentId == a.Application.TalentId, Ct)));
    }

    [Fact]
    public async Task Outsiders_AnotherTalentOrEmployer_GetNotFound()
    {
        using var a = await AppliedAsync();
        using var b = await AppliedAsync();
        var page = await OpenAsync(a.Talent, a.Application.Id);

        using var otherTalent = await b.Talent.GetAsync(page, Ct);
        using var otherEmployer = await b.Employer.GetAsync(page, Ct);
        using var otherOpens = await b.Employer.GetAsync($"/Jobs/Messages?handler=Application&applicationId={a.Application.Id}", Ct);
        using var otherWrites = await YincaiAppFactory.PostFormAsync(b.Talent, page + "&handler=Send",
            new Dictionary<string, string> { ["Body"] = "我不是这个沟通的人" }, tokenFrom: await OpenAsync(b.Talent, b.Application.Id));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (otherTalent.StatusCode, otherEmployer.StatusCode, otherOpens.StatusCode, otherWrites.StatusCode));
        Assert.Equal(0, await app.WithDbAsync(db => db.ConversationMessages.CountAsync(m => m.Body == "我不是这个沟通的人", Ct)));
    }

    [Fact]
    public async Task Talent_BlocksTheEmployer_WhichCanNoLongerWriteOrInvite_ThenReports_AndTheOfficerReadsIt()
    {
        using var a = await AppliedAsync();
        var page = await OpenAsync(a.Talent, a.Application.Id);
        using var pushy = await SendAsync(a.Employer, page, "先交500元培训费才能面试。");

        using var blocked = await PostAsync(a.Talent, page, "Block", new() { ["block"] = "true" });
        using var afterBlock = await SendAsync(a.Employer, page, "为什么不回复？");
        using var reported = await PostAsync(a.Talent, page, "Report", new() { ["Reason"] = "要求先交培训费" });
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        var list = await TextAsync(qingdao, "/Jobs/Messages/Reported");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        var elsewhere = await TextAsync(jinan, "/Jobs/Messages/Reported");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (blocked.StatusCode, reported.StatusCode));
        Assert.Contains("对方已屏蔽本单位，不能再发消息。", await afterBlock.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ConversationMessages.CountAsync(m => m.Body == "为什么不回复？", Ct)));
        Assert.Contains("要求先交培训费", list, StringComparison.Ordinal);
        Assert.Contains("先交500元培训费才能面试。", list, StringComparison.Ordinal);
        Assert.DoesNotContain("要求先交培训费", elsewhere, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.TemplateKey == "MessageReported" && n.Values!.Contains("要求先交培训费"), Ct)));
    }

    [Fact]
    public async Task Officer_ClosesAReportWithWhatWasDone_TalentIsToldAndReadsIt_OnlyOnce_AndNotFromAnotherRegion()
    {
        using var a = await AppliedAsync();
        var page = await OpenAsync(a.Talent, a.Application.Id);
        var id = Guid.Parse(page[(page.IndexOf("id=", StringComparison.Ordinal) + 3)..]);
        using (await SendAsync(a.Employer, page, "先交300元押金才能入职。")) { }
        using (await PostAsync(a.Talent, page, "Report", new() { ["Reason"] = "要求交押金" })) { }
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        Task<HttpResponseMessage> HandleAsync(HttpClient officer, string outcome) => YincaiAppFactory.PostFormAsync(officer,
            $"/Jobs/Messages/Reported?handler=Handle&id={id}", new Dictionary<string, string> { ["Outcome"] = outcome }, tokenFrom: "/Jobs/Messages/Reported");
        const string outcome = "已约谈该单位，责令退还押金并下架岗位。";

        using var fromJinan = await HandleAsync(jinan, "济南代为处理");
        using var empty = await HandleAsync(qingdao, "  ");
        var waitingBefore = await TextAsync(qingdao, "/Jobs/Messages/Reported");
        using var handled = await HandleAsync(qingdao, outcome);
        using var again = await HandleAsync(qingdao, "再处理一次");
        var waitingAfter = await TextAsync(qingdao, "/Jobs/Messages/Reported");
        var handledList = await TextAsync(qingdao, "/Jobs/Messages/Reported?handled=true");
        var talentSees = await TextAsync(a.Talent, page);

        Assert.Contains("处理结果：请填写，最多500个字。", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("要求交押金", waitingBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        Assert.Contains("这条举报已经处理过了。", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("要求交押金", waitingAfter, StringComparison.Ordinal);
        Assert.Contains(outcome, handledList, StringComparison.Ordinal);
        Assert.Contains(outcome, talentSees, StringComparison.Ordinal);
        var (storedOutcome, officerId, told) = await app.WithDbAsync(async db =>
        {
            var c = await db.Conversations.SingleAsync(x => x.Id == id, Ct);
            return (c.ReportOutcome, c.ReportHandledByUserId,
                await db.Notifications.CountAsync(n => n.TemplateKey == "MessageReportHandled" && n.Values!.Contains("责令退还押金"), Ct));
        });
        Assert.Equal(outcome, storedOutcome);
        Assert.NotNull(officerId);
        Assert.Equal(1, told);
        Assert.NotEqual(HttpStatusCode.Redirect, fromJinan.StatusCode);
        Assert.DoesNotContain("济南代为处理", handledList, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task Employer_InvitesAFindableTalentToApply_TalentIsTold_AppliesAndTheConversationFollowsTheApplication()
    {
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job("邀请投递岗" + Guid.NewGuid().ToString("N")[..6]));
        var (talentUser, talent) = await app.FindableTalentAsync(fullName: "被邀请人");
        var (_, hidden) = await app.FindableTalentAsync(fullName: "不公开人", consent: false);
        using var employer = await SignInAsync(employerUser);
        using var talentBrowser = await SignInAsync(talentUser);
        var invitePage = $"/Jobs/Own/Invite?talentId={talent.Id}";

        using var noJob = await YincaiAppFactory.PostFormAsync(employer, invitePage, new Dictionary<string, string> { ["Note"] = "欢迎" });
        using var invited = await YincaiAppFactory.PostFormAsync(employer, invitePage,
            new Dictionary<string, string> { ["JobId"] = job.Id.ToString(), ["Note"] = "看了您的资料，欢迎投递我们的岗位。" });
        using var twice = await YincaiAppFactory.PostFormAsync(employer, invitePage,
            new Dictionary<string, string> { ["JobId"] = job.Id.ToString(), ["Note"] = "再邀请一次" });
        using var notShared = await employer.GetAsync($"/Jobs/Own/Invite?talentId={hidden.Id}", Ct);
        var talentList = await TextAsync(talentBrowser, "/Jobs/Messages");
        var applied = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct));
        var conversation = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.TalentId == talent.Id, Ct));

        Assert.Contains("岗位：请选择本单位一个已发布的岗位。", await noJob.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("已就这个岗位与这位人才沟通过", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notShared.StatusCode);
        Assert.Contains("看了您的资料，欢迎投递我们的岗位。", talentList, StringComparison.Ordinal);
        Assert.Contains("邀请投递", talentList, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == talentUser.Id && n.TemplateKey == "InvitedToApply", Ct)));
        Assert.Equal(applied.Value!.Id, conversation.ApplicationId);
        Assert.True(conversation.InvitedToApply);
        // The employer knew the talent by the masked name.
        Assert.Equal("被**人", conversation.TalentName);
    }

    [Fact]
    public async Task Invite_MoreThanTheDailyLimit_IsRefused()
    {
        var (employerUser, employerRecord) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job("限额岗" + Guid.NewGuid().ToString("N")[..6]));
        var (_, talent) = await app.FindableTalentAsync(fullName: "限额人才");
        // The day's invitations already sent, as the service records them.
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < Conversations.InvitationsPerDay; i++)
            {
                var c = new Conversation(Guid.NewGuid(), employerRecord.Id, employerRecord.Name, "岗位", "370202", Guid.NewGuid(), Guid.NewGuid(), "某*", null,
                    DateTime.UtcNow);
                c.MarkInvited();
                db.Conversations.Add(c);
            }
            await db.SaveChangesAsync(Ct);
        });
        using var employer = await SignInAsync(employerUser);

        using var refused = await YincaiAppFactory.PostFormAsync(employer, $"/Jobs/Own/Invite?talentId={talent.Id}",
            new Dictionary<string, string> { ["JobId"] = job.Id.ToString(), ["Note"] = "" });

        Assert.Contains("本单位今天已邀请50次，请明天再邀请。", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Conversations.AnyAsync(c => c.TalentId == talent.Id, Ct)));
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task Shortlist_KeepsAFindableTalentOnce_WithANote_UntilTheyStopSharing_ThenRemoved()
    {
        var (employerUser, employerRecord) = await app.VerifiedEmployerAsync();
        var (_, talent) = await app.FindableTalentAsync(fullName: "收藏人才");
        var (_, hidden) = await app.FindableTalentAsync(fullName: "不公开的人", consent: false);
        using var employer = await SignInAsync(employerUser);
        Task<HttpResponseMessage> AddAsync(Guid id, string note) => YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/Shortlist?handler=Add",
            new Dictionary<string, string> { ["talentId"] = id.ToString(), ["note"] = note }, tokenFrom: "/Jobs/Own/Shortlist");

        using var added = await AddAsync(talent.Id, "Java基础扎实，秋招再联系");
        using var again = await AddAsync(talent.Id, "第二次");
        using var refused = await AddAsync(hidden.Id, "");
        var list = await TextAsync(employer, "/Jobs/Own/Shortlist");
        await app.MakeFindableAsync(talent.Id, consent: false);
        var afterWithdrawal = await TextAsync(employer, "/Jobs/Own/Shortlist");
        using var removed = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/Shortlist?handler=Remove",
            new Dictionary<string, string> { ["talentId"] = talent.Id.ToString() }, tokenFrom: "/Jobs/Own/Shortlist");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (added.StatusCode, again.StatusCode, refused.StatusCode));
        Assert.Contains("收**才", list, StringComparison.Ordinal);
        Assert.Contains("Java基础扎实，秋招再联系", list, StringComparison.Ordinal);
        Assert.DoesNotContain("收藏人才", list, StringComparison.Ordinal);
        Assert.Contains($"/Jobs/Own/Invite?talentId={talent.Id}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("收**才", afterWithdrawal, StringComparison.Ordinal);
        Assert.Contains("这位人才已不再向用人单位公开资料。", afterWithdrawal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Shortlist.CountAsync(e => e.EmployerId == employerRecord.Id, Ct)));
        Assert.False(await app.WithDbAsync(db => db.Shortlist.AnyAsync(e => e.TalentId == hidden.Id, Ct)));
    }
}
