using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Events;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>A talent asks for deletion; officers of the household region complete it (personal data erased, what the
/// law keeps stays, the account closes) or decline it with a note; the talent hears either way.</summary>
public sealed class DeletionRequestTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> AskAsync(YincaiAppFactory app, SignedInTalent me, string reason = "不再求职")
    {
        using var asked = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Delete",
            new Dictionary<string, string> { ["Reason"] = reason }, tokenFrom: "/Talents/Profile/Data");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return await app.WithDbAsync(db => db.DeletionRequests.Where(r => r.TalentId == me.Talent.Id && r.Status == DeletionStatus.Pending)
            .Select(r => r.Id).SingleAsync(Ct));
    }

    private static Task<HttpResponseMessage> HandleAsync(HttpClient officer, Guid requestId, string handler, string? note = null)
    {
        var page = $"/Talents/Deletions/Details?id={requestId}";
        var fields = new Dictionary<string, string> { ["id"] = requestId.ToString(), ["version"] = "0" };
        if (note is not null) fields["Note"] = note;
        return YincaiAppFactory.PostFormAsync(officer, page + "&handler=" + handler, fields, tokenFrom: "/Talents/Deletions");
    }

    [Fact]
    public async Task Request_OfficerOfAnotherCity_Gets404AndCannotHandleIt()
    {
        using var me = await app.SignedInTalentAsync("370202");
        var requestId = await AskAsync(app, me);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var view = await jinan.GetAsync($"/Talents/Deletions/Details?id={requestId}", Ct);
        using var complete = await HandleAsync(jinan, requestId, "Complete");
        var list = await (await jinan.GetAsync("/Talents/Deletions", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (view.StatusCode, complete.StatusCode));
        Assert.DoesNotContain(requestId.ToString(), list, StringComparison.Ordinal);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal((me.Talent.FullName, false), (talent.FullName, talent.IsErased));
    }

    [Fact]
    public async Task Complete_ErasesThePersonAndTheirCopies_KeepsApplicationsAndConsents_AndTheAccountNoLongerSignsIn()
    {
        var name = "注销人" + Guid.NewGuid().ToString("N")[..4];
        using var me = await app.SignedInTalentAsync("370202", name);
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("青岛大学", Yincai.Modules.Talents.Contracts.DegreeLevel.Bachelor, "法学", "2022-06-30"));
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Consents",
            new Dictionary<string, string> { ["purpose"] = "ShareWithEmployers", ["granted"] = "true" });
        var application = await ApplyForAJobAsync(me);
        using var toEmployer = await me.Browser.GetAsync($"/Jobs/Messages?handler=Application&applicationId={application}", Ct);
        var conversation = toEmployer.Headers.Location!.OriginalString;
        using var wrote = await YincaiAppFactory.PostFormAsync(me.Browser, conversation + "&handler=Send",
            new Dictionary<string, string> { ["Body"] = "我是" + name + "，想了解岗位详情。" }, tokenFrom: conversation);
        var fair = await app.PublishedEventAsync(capacity: 10, region: "370200");
        var registration = (await app.RegisterAsync(fair.Id, me.User.Id)).Value!.Id;
        var requestId = await AskAsync(app, me);
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        var pending = await (await qingdao.GetAsync("/Talents/Deletions", Ct)).Content.ReadAsStringAsync(Ct);

        using var done = await HandleAsync(qingdao, requestId, "Complete");

        Assert.Contains(name, pending, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.True(talent.IsErased);
        Assert.Equal(("", "", "", null, null), (talent.FullName, talent.IdNumberCipher, talent.IdNumberMasked, talent.MobileCipher, talent.UserId));
        Assert.Equal(0, await app.WithDbAsync(db => db.Talents.CountAsync(t => t.FullName == name, Ct)));
        var (educations, consents, applications, status) = await app.WithDbAsync(async db => (
            await db.Educations.CountAsync(e => e.TalentId == me.Talent.Id, Ct),
            await db.Consents.CountAsync(c => c.TalentId == me.Talent.Id, Ct),
            await db.JobApplications.CountAsync(a => a.Id == application, Ct),
            await db.DeletionRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync(Ct)));
        Assert.Equal((0, 1, 1, DeletionStatus.Completed), (educations, consents, applications, status));
        // The copies other modules keep go too: the application still counts, without the name; so does the registration.
        var (applicant, resume, registered) = await app.WithDbAsync(async db => (
            await db.JobApplications.Where(a => a.Id == application).Select(a => a.TalentName).SingleAsync(Ct),
            await db.JobApplications.Where(a => a.Id == application).Select(a => a.ResumeText).SingleAsync(Ct),
            await db.EventRegistrations.Where(r => r.Id == registration).Select(r => r.DisplayName).SingleAsync(Ct)));
        Assert.Equal(("", null, ""), (applicant, resume, registered));
        // The conversations they had with employers go with them.
        Assert.Equal(HttpStatusCode.Redirect, wrote.StatusCode);
        Assert.Equal((0, 0), await app.WithDbAsync(async db => (
            await db.Conversations.IgnoreQueryFilters().CountAsync(c => c.TalentId == me.Talent.Id, Ct),
            await db.ConversationMessages.CountAsync(m => m.TalentId == me.Talent.Id, Ct))));
        using var fresh = app.CreateBrowser();
        using var signIn = await YincaiAppFactory.PostLoginAsync(fresh, me.User.UserName, me.User.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Decline_WithANote_PutsTheNoteInTheTalentsInbox()
    {
        using var me = await app.SignedInTalentAsync("370211");
        var requestId = await AskAsync(app, me);
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");

        using var noNote = await HandleAsync(qingdao, requestId, "Decline", note: "");
        using var declined = await HandleAsync(qingdao, requestId, "Decline", note: "您有一笔补贴正在审核，审核结束后可再次申请。");
        var inbox = await (await me.Browser.GetAsync("/Notifications", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("答复说明：不予注销时请写明理由。", await noNote.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains("您的注销申请未予办理", inbox, StringComparison.Ordinal);
        Assert.Contains("您有一笔补贴正在审核，审核结束后可再次申请。", inbox, StringComparison.Ordinal);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal((me.Talent.FullName, false), (talent.FullName, talent.IsErased));
    }

    [Fact]
    public async Task Decline_ReadByATalentWhoChoseEnglish_ReadsInEnglishInTheInbox_WithTheNoteAsTyped()
    {
        using var me = await app.SignedInTalentAsync("370211");
        var requestId = await AskAsync(app, me);
        using var qingdao = await app.ClientAsync(Via.Cookie, "officer.qd");
        const string note = "您有一笔补贴正在审核，审核结束后可再次申请。";

        using var declined = await HandleAsync(qingdao, requestId, "Decline", note);
        using (await YincaiAppFactory.PostFormAsync(me.Browser, "/culture", [new("culture", "en"), new("returnUrl", "/Notifications")],
                   tokenFrom: "/Notifications")) { }
        var inbox = await me.Browser.GetStringAsync("/Notifications", Ct);

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains("Your deletion request was declined", inbox, StringComparison.Ordinal);
        Assert.Contains("Reply from the office: " + note, inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("您的注销申请未予办理", inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WhileOneIsPending_IsRefused()
    {
        using var me = await app.SignedInTalentAsync();
        await AskAsync(app, me);

        using var again = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Data?handler=Delete",
            new Dictionary<string, string> { ["Reason"] = "再申请一次" }, tokenFrom: "/Talents/Profile/Data");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("注销申请：您已有一份待处理的申请", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.DeletionRequests.CountAsync(r => r.TalentId == me.Talent.Id, Ct)));
    }

    private async Task<Guid> ApplyForAJobAsync(SignedInTalent me)
    {
        return (await app.ApplyToNewJobAsync(me.User.Id, "注销测试岗位")).Application.Id;
    }
}
