using Yincai.IntegrationTests.Modules.Imports;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>Working with ambassadors: the digest, referrals through their links, contributions and the yearly ranking, rewards,
/// the holiday and exchange events, and the Excel import of candidates.</summary>
public sealed class AmbassadorWorkTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly string[] ImportHeaders =
    [
        "姓名", "身份证号", "籍贯地区代码", "学校", "学校所在国家（境外填写）", "身份（学生/青年教师/辅导员）", "学历（专科/本科/硕士/博士）",
        "是否博士或博士在读（是/否）", "预计离校日期", "愿意服务且具备文字、语言表达和组织协调能力（是/否）", "招募城市代码（省级经办人填写）",
    ];

    public static object?[] ImportRow(string name, string idNumber, string native = "370202", string school = "北京大学", string? country = null) =>
        [name, idNumber, native, school, country, "学生", "硕士", "否", Iso(Today.AddYears(2)), "是", null];

    [Fact]
    [Trait("Rule", "AMB-09")]
    public async Task Digest_NewJobsOfTheCity_ReachActiveAmbassadorsWithTheirReferralLinks()
    {
        var (user, ambassador) = await app.ActiveWithAccountAsync("370300");
        var title = "淄博化工工程师" + Guid.NewGuid().ToString("N")[..4];
        var (_, job) = await app.PublishedJobAsync(title, "370303");

        var sent = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorDigests>().SendDueAsync(Ct));
        var again = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorDigests>().SendDueAsync(Ct));

        var digest = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == user.Id && n.TemplateKey == "Digest")
            .ToListAsync(Ct));
        Assert.True(sent >= 1);
        var body = Assert.Single(digest).Values!;
        Assert.Contains(title, body, StringComparison.Ordinal);
        Assert.Contains($"/Ambassadors/Ref?code={ambassador.ReferralCode}&job={job.Id}", body, StringComparison.Ordinal);
        Assert.Equal(0, again);
    }

    [Fact]
    [Trait("Rule", "AMB-09")]
    public async Task DigestSchedule_CitySetsItsInterval()
    {
        var (_, officer) = await app.OfficerAsync("370400");

        using var response = await officer.SubmitFormAsync("/Ambassadors?handler=Digest", new() { ["intervalDays"] = "14" }, "/Ambassadors");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(14, await app.WithDbAsync(db => db.DigestSchedules.Where(s => s.RegionCode == "370400").Select(s => s.IntervalDays).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Referral_SignedInTalentFollowsTheLinkAppliesAndIsHired_CountsForTheAmbassador()
    {
        var (_, ambassador) = await app.ActiveWithAccountAsync("370500");
        var (employer, job) = await app.PublishedJobAsync("东营储运专员" + Guid.NewGuid().ToString("N")[..4], "370502");
        var (talentUser, _, _) = await app.CreateTalentAsync("370502", "被推荐人");
        using var talent = await app.ClientAsync(Via.Cookie, talentUser.UserName, talentUser.Password);
        using var anonymous = app.CreateBrowser();

        using var followed = await talent.GetAsync(ReferralLinks.Job(ambassador.ReferralCode, job.Id), Ct);
        using var visit = await anonymous.GetAsync(ReferralLinks.Job(ambassador.ReferralCode, job.Id), Ct);
        var applied = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct));
        foreach (var step in new[] { ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
            await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().MoveAsync(employer.Id, applied.Value!.Id, step, Ct));

        var counts = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorWork>().ReferralsAsync(ambassador.Id, null, Ct));
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Equal($"/Jobs/View?id={job.Id}", followed.Headers.Location!.OriginalString);
        Assert.Equal(new ReferralCounts(2, 0, 1, 1), counts);
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Referral_AnonymousVisitorWhoSignsInAfterwardsAndApplies_CountsForTheAmbassador()
    {
        var (_, ambassador) = await app.ActiveWithAccountAsync("370500");
        var (_, job) = await app.PublishedJobAsync("东营化工工艺员" + Guid.NewGuid().ToString("N")[..4], "370502");
        var (talentUser, _, _) = await app.CreateTalentAsync("370502", "先看后登录");
        using var browser = app.CreateBrowser();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var followed = await browser.GetAsync(ReferralLinks.Job(ambassador.ReferralCode, job.Id), Ct);
        using var byStaff = await officer.GetAsync(ReferralLinks.Job(ambassador.ReferralCode, job.Id), Ct);
        await YincaiAppFactory.SignInAsync(browser, talentUser.UserName, talentUser.Password);
        using var next = await browser.GetAsync("/Jobs", Ct);
        await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, null, null, Ct));

        var counts = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorWork>().ReferralsAsync(ambassador.Id, null, Ct));
        Assert.Contains(followed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("yincai_ref=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, byStaff.StatusCode);
        Assert.Equal(new ReferralCounts(1, 0, 1, 0), counts);
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Referral_EventRegistrationThroughTheLink_Counts()
    {
        var (_, ambassador) = await app.ActiveWithAccountAsync("370600");
        var item = await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var details = new EventDetails(EventKind.Exchange, "烟台人才交流会", "面向青年学子的交流活动。", "370600", false, "烟台", null, now.AddDays(7),
                now.AddDays(7).AddHours(3), EventAudience.All, 50, 0, now.AddHours(-1), now.AddDays(7));
            var e = new Event(OrganiserKind.Office, Guid.CreateVersion7(), "烟台市公共就业和人才服务中心", details, Guid.CreateVersion7(), now);
            e.Publish(Guid.CreateVersion7(), now);
            db.Events.Add(e);
            db.EventSeats.Add(new EventSeats(e.Id, 50, 0));
            await db.SaveChangesAsync(Ct);
            return e;
        });
        var (talentUser, _, _) = await app.CreateTalentAsync("370602");
        using var talent = await app.ClientAsync(Via.Cookie, talentUser.UserName, talentUser.Password);

        using var followed = await talent.GetAsync(ReferralLinks.Event(ambassador.ReferralCode, item.Id), Ct);
        await app.WithServicesAsync(s => s.GetRequiredService<EventRegistrations>().RegisterAsync(item.Id, talentUser.Id, "被推荐人", Ct));

        var counts = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorWork>().ReferralsAsync(ambassador.Id, null, Ct));
        Assert.Equal($"/Events/View?id={item.Id}", followed.Headers.Location!.OriginalString);
        Assert.Equal(1, counts.Registrations);
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Evaluation_ScoresByTheWeightsOnFile_AndRanksTheCitysAmbassadors()
    {
        var (_, officer) = await app.OfficerAsync("370700");
        var busy = await app.ActiveAsync(Candidate("370700", "组织达人"));
        var quiet = await app.ActiveAsync(Candidate("370700", "宣传一次"));
        var details = $"/Ambassadors/Details?id={busy.Id}";
        using var organised = await officer.SubmitFormAsync(details + "&handler=Contribution", new()
        {
            ["id"] = busy.Id.ToString(), ["kind"] = nameof(ContributionKind.EventOrganised), ["on"] = Iso(Today), ["quantity"] = "2",
            ["description"] = "组织两场校园宣讲", ["evidence"] = "https://example.cn/photos",
        }, details);
        using var promoted = await officer.SubmitFormAsync($"/Ambassadors/Details?id={quiet.Id}&handler=Contribution", new()
        {
            ["id"] = quiet.Id.ToString(), ["kind"] = nameof(ContributionKind.CampusPromotion), ["on"] = Iso(Today), ["quantity"] = "1",
            ["description"] = "朋友圈转发",
        }, $"/Ambassadors/Details?id={quiet.Id}");

        using var score = await officer.SubmitFormAsync("/Ambassadors/Evaluation?handler=Score", new() { ["year"] = Today.Year.ToString() },
            "/Ambassadors/Evaluation");
        var page = await officer.GetPageAsync($"/Ambassadors/Evaluation?year={Today.Year}");

        Assert.Equal(HttpStatusCode.Redirect, organised.StatusCode);
        var scores = await app.WithDbAsync(db => db.AmbassadorEvaluations.AsNoTracking().Where(e => e.Year == Today.Year && (e.AmbassadorId == busy.Id || e.AmbassadorId == quiet.Id))
            .ToDictionaryAsync(e => e.AmbassadorId, e => e.Score, Ct));
        Assert.Equal(10, scores[busy.Id]); // 2 events × 5 points
        Assert.Equal(2, scores[quiet.Id]); // 1 promotion × 2 points
        Assert.True(page.IndexOf("组织达人", StringComparison.Ordinal) < page.IndexOf("宣传一次", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Evaluation_CountsEachAmbassadorsOwnReferralOutcomes()
    {
        var (_, officer) = await app.OfficerAsync("370900");
        var (_, hiring) = await app.ActiveWithAccountAsync("370900");
        var (_, applying) = await app.ActiveWithAccountAsync("370900");
        var (employer, job) = await app.PublishedJobAsync("泰安机械设计师" + Guid.NewGuid().ToString("N")[..4], "370902");
        var (hired, _, _) = await app.CreateTalentAsync("370902", "被聘用者");
        var (applicant, _, _) = await app.CreateTalentAsync("370902", "投递者");
        foreach (var (talent, ambassador) in new[] { (hired, hiring), (applicant, applying) })
        {
            using var client = await app.ClientAsync(Via.Cookie, talent.UserName, talent.Password);
            using var followed = await client.GetAsync(ReferralLinks.Job(ambassador.ReferralCode, job.Id), Ct);
        }
        var applied = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(hired.Id, job.Id, null, null, Ct));
        await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(applicant.Id, job.Id, null, null, Ct));
        foreach (var step in new[] { ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
            await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().MoveAsync(employer.Id, applied.Value!.Id, step, Ct));

        using var score = await officer.SubmitFormAsync("/Ambassadors/Evaluation?handler=Score", new() { ["year"] = Today.Year.ToString() },
            "/Ambassadors/Evaluation");

        var evaluations = await app.WithDbAsync(db => db.AmbassadorEvaluations.AsNoTracking()
            .Where(e => e.Year == Today.Year && (e.AmbassadorId == hiring.Id || e.AmbassadorId == applying.Id)).ToDictionaryAsync(e => e.AmbassadorId, Ct));
        Assert.Equal(HttpStatusCode.Redirect, score.StatusCode);
        Assert.Equal((12, 2), (evaluations[hiring.Id].Score, evaluations[hiring.Id].Referrals)); // an application (2) and a hire (10)
        Assert.Equal((2, 1), (evaluations[applying.Id].Score, evaluations[applying.Id].Referrals)); // an application
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Reward_ApprovedOnlyByASecondOfficer()
    {
        var (_, first) = await app.OfficerAsync("370900");
        var (_, second) = await app.OfficerAsync("370900");
        var ambassador = await app.ActiveAsync(Candidate("370900"));
        var details = $"/Ambassadors/Details?id={ambassador.Id}";
        using var propose = await first.SubmitFormAsync(details + "&handler=Reward",
            new() { ["id"] = ambassador.Id.ToString(), ["amountYuan"] = "500", ["reason"] = "协助举办校园招聘会" }, details);
        var reward = await app.WithDbAsync(db => db.AmbassadorRewards.AsNoTracking().SingleAsync(r => r.AmbassadorId == ambassador.Id, Ct));
        var decide = new Dictionary<string, string> { ["id"] = ambassador.Id.ToString(), ["rewardId"] = reward.Id.ToString(), ["approve"] = "true" };

        using var self = await first.SubmitFormAsync(details + "&handler=DecideReward", decide, details);
        using var other = await second.SubmitFormAsync(details + "&handler=DecideReward", decide, details);

        Assert.Equal(50_000, reward.AmountFen);
        Assert.Contains("奖励须由提出人以外的经办人审批", await self.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(RewardStatus.Approved, await app.WithDbAsync(db => db.AmbassadorRewards.Where(r => r.Id == reward.Id).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "AMB-07")]
    public async Task CityPage_WithoutHolidayHomeVisits_Warns()
    {
        var (_, officer) = await app.OfficerAsync("370900");

        var page = await officer.GetPageAsync("/Ambassadors");

        Assert.Contains("寒假（1—2月）尚未安排引才大使“回家看看”活动", page, StringComparison.Ordinal);
        Assert.Contains("暑假（7—8月）尚未安排引才大使“回家看看”活动", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-08")]
    [Trait("Rule", "AMB-14")]
    public async Task ProvincePage_WarnsOfHalfYearsWithoutExchanges_AndInvitesEveryPhdAmbassadorInOneClick()
    {
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");
        var before = await province.GetPageAsync("/Ambassadors");
        var (phdUser, _) = await app.ActiveWithAccountAsync("371000", phd: true);
        var (otherUser, _) = await app.ActiveWithAccountAsync("371000", phd: false);
        var year = Today.Year;
        // A held summer exchange (planned: submitted) clears the summer window; a coming one is published for invitations.
        Event Exchange(DateTime start, string title)
        {
            var details = new EventDetails(EventKind.Exchange, title, "院校访谈、省情调研、高端专家面对面。", "370000", false, "济南", null, start,
                start.AddHours(6), EventAudience.PhdAmbassadors, 100, 0, start.AddDays(-10), start);
            return new Event(OrganiserKind.Office, Guid.CreateVersion7(), "山东省人力资源和社会保障厅", details, Guid.CreateVersion7(), start.AddDays(-20));
        }
        var exchangeId = await app.WithDbAsync(async db =>
        {
            var summer = Exchange(new DateTime(year, 7, 20, 1, 0, 0, DateTimeKind.Utc), "暑期博士引才大使交流活动");
            summer.Submit();
            var coming = Exchange(DateTime.UtcNow.AddDays(2), "博士引才大使对接交流活动");
            coming.Publish(Guid.CreateVersion7(), DateTime.UtcNow);
            db.Events.AddRange(summer, coming);
            db.EventSeats.AddRange(new EventSeats(summer.Id, 100, 0), new EventSeats(coming.Id, 100, 0));
            await db.SaveChangesAsync(Ct);
            return coming.Id;
        });

        var after = await province.GetPageAsync("/Ambassadors");
        using var invite = await province.SubmitFormAsync("/Ambassadors?handler=InvitePhd", new() { ["eventId"] = exchangeId.ToString() }, "/Ambassadors");

        Assert.Contains("年中（7—8月）尚未安排博士引才大使对接交流活动", before, StringComparison.Ordinal);
        Assert.Contains("年初（1—2月）尚未安排博士引才大使对接交流活动", before, StringComparison.Ordinal);
        Assert.DoesNotContain("年中（7—8月）尚未安排博士引才大使对接交流活动", after, StringComparison.Ordinal);
        Assert.Contains("一键邀请全部博士引才大使", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var invited = await app.WithDbAsync(db => db.EventInvitations.AsNoTracking().Where(i => i.EventId == exchangeId).Select(i => i.UserId).ToListAsync(Ct));
        Assert.Contains(phdUser.Id, invited);
        Assert.DoesNotContain(otherUser.Id, invited);
    }

    [Fact]
    [Trait("Rule", "AMB-01")]
    [Trait("Rule", "AMB-02")]
    public async Task Import_ABadRow_NamesRowAndColumnAndSavesNothing_AValidFileAddsEveryCandidate()
    {
        var (_, officer) = await app.OfficerAsync("371100");
        var good = Enumerable.Range(0, 3).Select(_ => TalentTestData.NewIdNumber("371102")).ToList();
        var bad = ImportTestData.Workbook(ImportHeaders,
        [
            ImportRow("导入甲", good[0]), ImportRow("外省籍", TalentTestData.NewIdNumber("320102"), native: "320102"),
            ImportRow("导入乙", good[1], school: "不存在大学"),
        ]);
        var valid = ImportTestData.Workbook(ImportHeaders,
            [ImportRow("导入甲", good[0]), ImportRow("导入乙", good[1], school: "中国海洋大学"), ImportRow("导入丙", good[2], school: "Harvard University", country: "美国")]);

        var (failed, page) = await app.ImportAsync(officer, ImportKind.Ambassadors, ImportMode.AllOrNothing, bad);
        var (done, _) = await app.ImportAsync(officer, ImportKind.Ambassadors, ImportMode.AllOrNothing, valid);

        Assert.Equal((ImportStatus.Failed, ImportFailure.RowsInvalid), (failed.Status, failed.Failure));
        var errors = failed.Errors();
        Assert.Contains(errors, e => e is { Row: 3, Field: "籍贯地区代码" } && e.Message.Contains("籍贯须为本省", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 4, Field: "学校" });
        Assert.Contains("籍贯须为本省", page, StringComparison.Ordinal);
        Assert.Equal((ImportStatus.Succeeded, 3), (done.Status, done.Created));
        var imported = await app.WithDbAsync(db => db.Ambassadors.AsNoTracking().Where(a => a.RegionCode == "371100").ToListAsync(Ct));
        Assert.Equal(3, imported.Count(a => a.FullName.StartsWith("导入", StringComparison.Ordinal)));
        Assert.All(imported, a => Assert.Equal(AmbassadorStatus.Candidate, a.Status));
        Assert.Equal([false, true, true], imported.OrderBy(a => a.FullName).Select(a => a.NeedsFiling).OrderBy(x => x));
    }
}
