using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Complaints;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Complaints.ComplaintTestData;

namespace Yincai.IntegrationTests.Modules.Complaints;

/// <summary>
/// The officers' side of complaints (GRD-14): the filer's identity only for the handling officers and only when asked (audited),
/// the steps to resolution, blacklisting that takes the employer's jobs down and refuses new ones, all or nothing and guarded
/// by the version the officer saw; the filer's rating once it is closed; statistics and the overdue list.
/// </summary>
public sealed class ComplaintHandlingTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private Task<List<Job>> JobsOfAsync(Guid employerId) =>
        app.WithDbAsync(db => db.Jobs.IgnoreQueryFilters().AsNoTracking().Where(j => j.EmployerId == employerId).ToListAsync(Ct));

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static void Ok(Result result) => Assert.False(result.IsError, result.Error?.Code);

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Details_FilerHiddenUntilRevealed_RevealAudited_ProvinceOfficerSeesButCannotRevealOrAct_TrackNeverShowsTheFiler()
    {
        var mobile = TestData.NewMobile();
        var filerName = Unique("王小明");
        var complaint = await app.FileAnonymouslyAsync(Named("370202", mobile, filerName));
        var countyId = await app.UserIdAsync(DemoUsers.CountyOfficer);
        var provinceId = await app.UserIdAsync(DemoUsers.ProvinceOfficer);
        using var county = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        using var province = await app.ClientAsync(Via.Cookie, DemoUsers.ProvinceOfficer);
        using var anonymous = app.CreateClient();
        var auditFrom = await app.LastAuditSequenceAsync();

        var (_, hidden) = await GetPageAsync(county, DetailsPath(complaint.Id));
        var (provinceStatus, provincePage) = await GetPageAsync(province, DetailsPath(complaint.Id));
        using var provinceReveal = await app.ActAsync(province, complaint.Id, "Reveal");
        var provinceRevealHtml = await provinceReveal.HtmlAsync();
        using var provinceAccept = await app.ActAsync(province, complaint.Id, "Accept");
        var provinceAcceptHtml = await provinceAccept.HtmlAsync();
        var stepsBeforeReveal = await app.StepKindsAsync(complaint.Id);
        using var reveal = await app.ActAsync(county, complaint.Id, "Reveal");
        var revealed = await reveal.HtmlAsync();
        var audit = await app.AuditEntriesAfterAsync(auditFrom);
        var (_, track) = await GetPageAsync(anonymous, "/Complaints/Track?number=" + complaint.TrackingNumber);
        var api = await (await anonymous.GetAsync("/api/v1/complaints/" + complaint.TrackingNumber, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("已隐藏", hidden, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"complaint-reveal\"", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain(filerName, hidden, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, provinceStatus);
        Assert.Contains(complaint.TrackingNumber, provincePage, StringComparison.Ordinal);
        Assert.Contains("仅承办人员可见", provincePage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"complaint-reveal\"", provincePage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"complaint-accept\"", provincePage, StringComparison.Ordinal);
        Assert.Contains("只有承办该投诉的工作人员可以办理。", provinceRevealHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, provinceRevealHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(filerName, provinceRevealHtml, StringComparison.Ordinal);
        Assert.Contains("只有承办该投诉的工作人员可以办理。", provinceAcceptHtml, StringComparison.Ordinal);
        Assert.Equal([ComplaintStepKind.Filed], stepsBeforeReveal);
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Contains(mobile, revealed, StringComparison.Ordinal);
        Assert.Contains(filerName, revealed, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Received, (await app.ComplaintAsync(complaint.Id)).Status);
        Assert.Equal([ComplaintStepKind.Filed, ComplaintStepKind.FilerRevealed], await app.StepKindsAsync(complaint.Id));
        var views = audit.Where(a => a.Action == AuditActions.SensitiveView && a.EntityId == complaint.Id.ToString()).ToList();
        Assert.Equal((countyId, "Complaint"), (Assert.Single(views).ActorId, views[0].EntityType));
        Assert.DoesNotContain(audit, a => a.ActorId == provinceId && a.Action == AuditActions.SensitiveView);
        Assert.DoesNotContain(audit, a => (a.After ?? "").Contains(mobile, StringComparison.Ordinal) || (a.After ?? "").Contains(filerName, StringComparison.Ordinal));
        foreach (var page in new[] { track, api })
        {
            Assert.Contains(complaint.TrackingNumber, page, StringComparison.Ordinal);
            Assert.DoesNotContain(mobile, page, StringComparison.Ordinal);
            Assert.DoesNotContain(filerName, page, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("查看投诉人信息", track, StringComparison.Ordinal); // an internal step
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Resolve_UpheldWithBlacklist_ClosesAllJobs_RefusesNewOnes_AndReviewersSeeIt()
    {
        var haina = await app.WithDbAsync(db => db.Employers.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.CreditCode == "91370212MA3C7K2L88", Ct));
        var published = (await JobsOfAsync(haina.Id)).Where(j => j.Status == JobStatus.Published).ToList();
        var form = Named("370202", TestData.NewMobile(), kind: ComplaintKind.FakeHiring);
        (form.Target, form.AgainstName, form.RegionCode) = (ComplaintTarget.Employer, haina.CreditCode, null);
        var complaint = await app.FileAnonymouslyAsync(form);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        using var employerUser = await app.ClientAsync(Via.Cookie, DemoUsers.Employer);
        using var anonymous = app.CreateClient();
        var employerMembers = await app.WithDbAsync(db => db.EmployerMembers.Where(m => m.EmployerId == haina.Id).Select(m => m.UserId).ToListAsync(Ct));
        var (_, searchBefore) = await GetPageAsync(anonymous, "/Jobs?q=" + Uri.EscapeDataString(published[0].Title));

        (await app.ActAsync(officer, complaint.Id, "Accept")).Dispose();
        using var resolve = await app.ActAsync(officer, complaint.Id, "Resolve",
            [Field("upheld", "true"), Field("outcome", "经核实，该单位发布虚假招聘信息并收取费用，列入招聘黑名单。"), Field("actions", "EmployerBlacklisted")]);
        var jobsAfter = await JobsOfAsync(haina.Id);
        var (_, searchAfter) = await GetPageAsync(anonymous, "/Jobs?q=" + Uri.EscapeDataString(published[0].Title));
        var viewsAfter = new List<HttpStatusCode>();
        foreach (var job in published) viewsAfter.Add((await GetPageAsync(anonymous, "/Jobs/View?id=" + job.Id)).Status);
        var newTitle = Unique("新岗位");
        using var save = await YincaiAppFactory.PostFormAsync(employerUser, "/Jobs/Own/Edit?submit=true",
        [
            Field("Form.Type", "FullTime"), Field("Form.Title", newTitle), Field("Form.Description", "负责日常行政事务和会议安排，协助部门工作。"),
            Field("Form.RegionCode", "370212"), Field("Form.Headcount", "1"), Field("Form.MinDegree", "Bachelor"), Field("Form.SalaryMinYuan", "5000"),
            Field("Form.SalaryMaxYuan", "7000"), Field("Form.ValidUntil", Iso(Today.AddMonths(1))),
        ], tokenFrom: "/Jobs/Own");
        // A job that was sent for review just as the employer was blacklisted (saved before the blacklist was seen).
        var late = await app.WithDbAsync(async db =>
        {
            var job = new Job(haina.Id, new JobDetails(haina.Name, JobType.FullTime, Unique("迟到的岗位"), "负责仓储管理和出入库登记工作。", "370212", haina.IndustryCode, 1,
                DegreeLevel.Bachelor, 5000, 7000, Today.AddMonths(1)), DateTime.UtcNow);
            job.Submit(Today);
            db.Jobs.Add(job);
            await db.SaveChangesAsync(Ct);
            return job;
        });
        using var approve = await YincaiAppFactory.PostFormAsync(officer, $"/Jobs/Review/Details?id={late.Id}&handler=Approve",
            [Field("id", late.Id.ToString()), Field("version", late.Version.ToString(CultureInfo.InvariantCulture))], tokenFrom: "/Jobs/Review");
        var (_, reviewList) = await GetPageAsync(officer, "/Jobs/Review");
        var (_, employerReview) = await GetPageAsync(officer, "/Employers/Review/Details?id=" + haina.Id);
        var (_, track) = await GetPageAsync(anonymous, "/Complaints/Track?number=" + complaint.TrackingNumber);

        Assert.True(published.Count >= 3, "The demo employer has published jobs.");
        Assert.Contains("/Jobs/View?id=" + published[0].Id, searchBefore, StringComparison.Ordinal);
        Assert.Equal(("370212", "370200"), (complaint.RegionCode, complaint.AssignedRegionCode));
        Assert.Equal(HttpStatusCode.Redirect, resolve.StatusCode);
        var resolved = await app.ComplaintAsync(complaint.Id);
        Assert.Equal((ComplaintStatus.Resolved, true, ComplaintActions.EmployerBlacklisted), (resolved.Status, resolved.Upheld, resolved.Actions));
        Assert.NotNull((await app.ReloadAsync(haina.Id)).BlacklistedAtUtc);
        Assert.All(jobsAfter.Where(j => j.Id != late.Id), j => Assert.NotEqual(JobStatus.Published, j.Status));
        Assert.All(published, p => Assert.Equal(JobStatus.Closed, jobsAfter.Single(j => j.Id == p.Id).Status));
        Assert.DoesNotContain("/Jobs/View?id=" + published[0].Id, searchAfter, StringComparison.Ordinal);
        Assert.All(viewsAfter, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Contains("该单位因投诉查实已被列入招聘黑名单，暂停发布岗位。", await save.HtmlAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(jobsAfter, j => j.Title == newTitle);
        Assert.False(await app.WithDbAsync(db => db.Jobs.IgnoreQueryFilters().AnyAsync(j => j.Title == newTitle, Ct)));
        Assert.Contains("该单位因投诉查实已被列入招聘黑名单，暂停发布岗位。", await approve.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(JobStatus.PendingReview, (await JobsOfAsync(haina.Id)).Single(j => j.Id == late.Id).Status);
        Assert.Contains("data-testid=\"employer-upheld\"", reviewList, StringComparison.Ordinal);
        Assert.Contains("投诉属实 1 件", reviewList, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"employer-blacklisted\"", employerReview, StringComparison.Ordinal);
        Assert.Contains("招聘黑名单", employerReview, StringComparison.Ordinal);
        Assert.Contains("该单位已有 1 件投诉经查属实", employerReview, StringComparison.Ordinal);
        Assert.Contains("投诉属实", track, StringComparison.Ordinal);
        Assert.Contains("列入招聘黑名单", track, StringComparison.Ordinal);
        Assert.NotEmpty(employerMembers);
        Assert.Equal(employerMembers.Order(), (await app.WithDbAsync(db => db.Notifications
            .Where(n => n.TemplateKey == NotificationKinds.EmployerBlacklisted.Key && employerMembers.Contains(n.RecipientId)).Select(n => n.RecipientId)
            .ToListAsync(Ct))).Order());
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Resolve_ActionsWhenNotUpheld_OrAStaleVersion_IsRefusedAndChangesNothing()
    {
        var (user, employer) = await app.RegisterVerifiedEmployerAsync("370202", Unique("市南测试餐饮有限公司"));
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, new JobForm
        {
            Type = JobType.FullTime, Title = Unique("服务员"), Description = "负责餐厅的点餐和客户服务工作，做好卫生清洁。", RegionCode = "370202", Headcount = 2,
            MinDegree = DegreeLevel.None, SalaryMinYuan = 4000, SalaryMaxYuan = 5000, ValidUntil = Today.AddMonths(1),
        }, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.IgnoreQueryFilters().SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        var form = Named("370202", TestData.NewMobile(), kind: ComplaintKind.UnpaidTrialWork);
        (form.Target, form.AgainstName, form.RegionCode) = (ComplaintTarget.Employer, employer.Name, null);
        var complaint = await app.FileAnonymouslyAsync(form);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        (await app.ActAsync(officer, complaint.Id, "Accept")).Dispose();
        var accepted = await app.ComplaintAsync(complaint.Id);

        using var notUpheld = await app.ActAsync(officer, complaint.Id, "Resolve",
            [Field("upheld", "false"), Field("outcome", "经核查，未发现违法行为。"), Field("actions", "EmployerBlacklisted"), Field("actions", "EmployerWarned")]);
        using var noJob = await app.ActAsync(officer, complaint.Id, "Resolve",
            [Field("upheld", "true"), Field("outcome", "情况属实。"), Field("actions", "JobTakenDown")]);
        using var started = await app.ActAsync(officer, complaint.Id, "Handle", [Field("note", "已约谈单位负责人。")]);
        using var stale = await app.ActAsync(officer, complaint.Id, "Resolve",
            [Field("upheld", "true"), Field("outcome", "情况属实，列入黑名单。"), Field("actions", "EmployerBlacklisted")], version: accepted.Version);
        var after = await app.ComplaintAsync(complaint.Id);

        Assert.Equal(ComplaintStatus.Accepted, accepted.Status);
        Assert.Equal(HttpStatusCode.OK, notUpheld.StatusCode);
        Assert.Contains("处理措施：投诉不属实时不能采取处理措施。", await notUpheld.HtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("处理措施：该投诉未指向平台上的岗位", await noJob.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("该投诉刚被他人处理过，请刷新后重试。", await stale.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal((ComplaintStatus.Handling, accepted.Version + 1, (bool?)null, ComplaintActions.None), (after.Status, after.Version, after.Upheld, after.Actions));
        Assert.Equal([ComplaintStepKind.Filed, ComplaintStepKind.Accepted, ComplaintStepKind.Handling], await app.StepKindsAsync(complaint.Id));
        Assert.Null((await app.ReloadAsync(employer.Id)).BlacklistedAtUtc);
        Assert.Equal(JobStatus.Published, (await JobsOfAsync(employer.Id)).Single().Status);
        Assert.Empty(await app.InboxRecipientsAsync(NotificationKinds.ComplaintAgainstEmployer, complaint.TrackingNumber));
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Rate_OnlyOnceAndOnlyAfterClosing_TheRatingShowsToTheOfficers_AndTheFilerIsToldEachStep()
    {
        var mobile = TestData.NewMobile();
        var complaint = await app.FileAnonymouslyAsync(Named("370202", mobile, kind: ComplaintKind.Other));
        using var filer = app.CreateBrowser();
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);
        var trackPath = "/Complaints/Track?number=" + complaint.TrackingNumber;
        List<KeyValuePair<string, string>> Rating(int rating, string comment) =>
            [Field("number", complaint.TrackingNumber), Field("rating", rating.ToString(CultureInfo.InvariantCulture)), Field("comment", comment)];

        var (_, openTrack) = await GetPageAsync(filer, trackPath);
        using var early = await YincaiAppFactory.PostFormAsync(filer, trackPath + "&handler=Rate", Rating(5, "很好"), tokenFrom: "/Complaints");
        var afterEarly = await app.ComplaintAsync(complaint.Id);
        (await app.ActAsync(officer, complaint.Id, "Accept")).Dispose();
        using var resolved = await app.ActAsync(officer, complaint.Id, "Resolve", [Field("upheld", "false"), Field("outcome", "经核查，该工作室已办理合法经营手续。")]);
        var (_, closedTrack) = await GetPageAsync(filer, trackPath);
        var comment = Unique("回复及时，解释清楚");
        using var rated = await YincaiAppFactory.PostFormAsync(filer, trackPath + "&handler=Rate", Rating(4, comment), tokenFrom: "/Complaints");
        var (_, ratedTrack) = await GetPageAsync(filer, trackPath);
        using var twice = await YincaiAppFactory.PostFormAsync(filer, trackPath + "&handler=Rate", Rating(1, "再评一次"), tokenFrom: "/Complaints");
        var (_, details) = await GetPageAsync(officer, DetailsPath(complaint.Id));
        var sms = await app.SmsTextsAsync(mobile);

        Assert.DoesNotContain("data-testid=\"complaint-rate\"", openTrack, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode); // refused: the page again, nothing stored
        Assert.Equal(((int?)null, (DateTime?)null), (afterEarly.Rating, afterEarly.RatedAtUtc));
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Contains("data-testid=\"complaint-rate\"", closedTrack, StringComparison.Ordinal);
        Assert.Contains("投诉不属实", closedTrack, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("投诉人评价：满意", ratedTrack, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"complaint-rate\"", ratedTrack, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        var stored = await app.ComplaintAsync(complaint.Id);
        Assert.Equal((4, comment), (stored.Rating, stored.RatingComment));
        Assert.Single(await app.StepKindsAsync(complaint.Id), k => k == ComplaintStepKind.Rated);
        Assert.Contains("投诉人评价：满意 · " + comment, details, StringComparison.Ordinal);
        Assert.Equal(3, sms.Count(t => t.Contains(complaint.TrackingNumber, StringComparison.Ordinal))); // filed, accepted, resolved
    }

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task Statistics_ByKindRegionAndMonth_CountAKnownSet_AndTheOverdueListHoldsOnlyTheLateOpenOne()
    {
        // A city of its own: no other test files complaints in 郑州市.
        var officer = await app.CreateStaffAsync("410100", Roles.Officer);
        var fortyDays = TimeSpan.FromDays(40);
        var earlier = ChinaClock.DateOf(DateTime.UtcNow - fortyDays);
        var resolved = await app.FileAnonymouslyAsync(Named("410102", TestData.NewMobile(), kind: ComplaintKind.FakeHiring, occurredOn: earlier.AddDays(-1)), fortyDays);
        var late = await app.FileAnonymouslyAsync(Named("410102", TestData.NewMobile(), kind: ComplaintKind.Discrimination, occurredOn: earlier.AddDays(-1)), fortyDays);
        var recent = await app.FileAnonymouslyAsync(Named("410103", TestData.NewMobile(), kind: ComplaintKind.FakeHiring));
        Ok(await app.AsOfficerAsync(officer.UserName, "410100", h => h.AcceptAsync(resolved.Id, resolved.Version, Ct)));
        Ok(await app.AsOfficerAsync(officer.UserName, "410100",
            h => h.ResolveAsync(resolved.Id, resolved.Version + 1, true, "情况属实，已责令改正。", ComplaintActions.None, Ct)));
        Ok(await app.WithServicesAsync(s => s.GetRequiredService<ComplaintHandling>().RateAsync(resolved.TrackingNumber, 4, null, Ct)));
        using var browser = await app.ClientAsync(Via.Cookie, officer.UserName, officer.Password);

        var (_, statistics) = await GetPageAsync(browser, "/Complaints/Manage/Statistics?year=" + Today.Year);
        var (_, earlierYear) = await GetPageAsync(browser, "/Complaints/Manage/Statistics?year=" + earlier.Year);
        var (_, overdue) = await GetPageAsync(browser, "/Complaints/Manage?overdue=true");

        Assert.Equal(("410100", "410100", "410100"), (resolved.AssignedRegionCode, late.AssignedRegionCode, recent.AssignedRegionCode));
        Assert.True(late.DueOn < Today, "Forty days are more than fifteen working days.");
        //                    received, not accepted, resolved, upheld, open, overdue, rating
        string[] Row(int received, int resolvedCount, int upheld, int open, int overdueCount, string rating) =>
            [$"{received}", "0", $"{resolvedCount}", $"{upheld}", $"{open}", $"{overdueCount}", rating];
        if (earlier.Year == Today.Year)
        {
            var byKind = StatisticsRows(statistics, "stat-kind");
            Assert.Equal(2, byKind.Count);
            Assert.Equal(Row(2, 1, 1, 1, 0, "4.0"), byKind["虚假招聘"]);
            Assert.Equal(Row(1, 0, 0, 1, 1, "—"), byKind["就业歧视"]);
            var byRegion = StatisticsRows(statistics, "stat-region");
            Assert.Equal(2, byRegion.Count);
            Assert.Equal(Row(2, 1, 1, 1, 1, "4.0"), byRegion.Single(r => r.Key.Contains("中原区", StringComparison.Ordinal)).Value);
            Assert.Equal(Row(1, 0, 0, 1, 0, "—"), byRegion.Single(r => r.Key.Contains("二七区", StringComparison.Ordinal)).Value);
        }
        var byMonth = StatisticsRows(statistics, "stat-month");
        Assert.Equal(Row(1, 0, 0, 1, 0, "—"), byMonth[$"{Today.Month}月"]);
        Assert.Equal(Row(2, 1, 1, 1, 1, "4.0"), StatisticsRows(earlierYear, "stat-month")[$"{earlier.Month}月"]);
        Assert.Contains(late.TrackingNumber, overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(resolved.TrackingNumber, overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(recent.TrackingNumber, overdue, StringComparison.Ordinal);
        Assert.Contains("共 1 件", overdue, StringComparison.Ordinal);
    }
}
