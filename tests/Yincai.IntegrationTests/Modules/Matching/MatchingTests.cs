using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>Person-job matching as talents, employers and officers meet it: ranked, explained, consent and scope kept.</summary>
public sealed class MatchingTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => "q" + Guid.NewGuid().ToString("N")[..8];

    private Task<bool> IndexedAsync(Guid jobId) => MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Job(jobId) is not null));

    private async Task<HttpClient> ApiAsync(TestAccount user)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync(user.UserName, user.Password));
        return client;
    }

    [Fact]
    public async Task Talent_GetsPublishedJobsRanked_WithWhatEachMeetsAndMisses()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var fit = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java开发工程师{word}", majors: "080902", tags: $"Java,微服务,{word}"));
        var needsMaster = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java架构师{word}", minDegree: DegreeLevel.Master, majors: "080902", tags: $"Java,{word}"));
        var jinan = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java开发{word}", region: "370102", majors: "080901", tags: $"Java,{word}"));
        var draft = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java草稿{word}", tags: $"Java,{word}"), publish: false);
        var (talentUser, _) = await app.FindableTalentAsync(skills: ["Java", "微服务", word]);
        Assert.True(await IndexedAsync(jinan.Id));

        using var api = await ApiAsync(talentUser);
        var found = await api.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100");
        var ours = found.Jobs.Where(j => j.Title.EndsWith(word, StringComparison.Ordinal)).ToList();

        // A degree below the one asked is a hard gap (issue 22): below a job in another city of the province.
        Assert.Equal([fit.Id, jinan.Id, needsMaster.Id], ours.Select(j => j.JobId));
        Assert.DoesNotContain(found.Jobs, j => j.JobId == draft.Id);
        Assert.True(ours[0].Score > ours[1].Score && ours[1].Score > ours[2].Score);
        Assert.All(ours[0].Reasons.Where(r => r.Aspect != FitAspect.Salary), r => Assert.NotEqual(FitLevel.Missed, r.Level));
        var degree = Assert.Single(ours[2].Reasons, r => r.Aspect == FitAspect.Degree);
        Assert.Equal(FitLevel.Missed, degree.Level);
        Assert.Equal("学历未达要求（要求硕士，具备本科）", degree.Text);
        Assert.Equal("硬性差距：学历低于要求（要求硕士，具备本科）", Assert.Single(ours[2].Reasons, r => r.Aspect == FitAspect.DegreeGap).Text);
        var region = Assert.Single(ours[1].Reasons, r => r.Aspect == FitAspect.Region);
        Assert.Equal(FitLevel.Partial, region.Level);
        var major = Assert.Single(ours[1].Reasons, r => r.Aspect == FitAspect.Major);
        Assert.Equal(FitLevel.Partial, major.Level);
        Assert.Contains("计算机类", major.Text, StringComparison.Ordinal);
        Assert.Contains("Java", Assert.Single(ours[0].Reasons, r => r.Aspect == FitAspect.Skills).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Talent_SeesMatchesOnHomePageAndMatchingPage()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"数据分析师{word}", tags: $"数据分析,{word}"));
        var (talentUser, _) = await app.FindableTalentAsync(skills: ["数据分析", word]);
        Assert.True(await IndexedAsync(job.Id));
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talentUser.UserName, talentUser.Password);

        var home = await (await browser.GetAsync("/Workspace/Home", Ct)).Content.ReadAsStringAsync(Ct);
        var page = await (await browser.GetAsync("/Matching", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains($"数据分析师{word}", home, StringComparison.Ordinal);
        Assert.Contains("为我推荐的岗位", home, StringComparison.Ordinal);
        Assert.Contains($"数据分析师{word}", page, StringComparison.Ordinal);
        Assert.Contains("技能关键词重合：数据分析", page, StringComparison.Ordinal);
        Assert.Contains("地区符合意向（市南区）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employer_SeesOnlyTalentsWhoConsented_AndOneWhoWithdrawsLeavesTheIndexWithinTwoSeconds()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"嵌入式工程师{word}", tags: $"嵌入式,{word}"));
        var (_, sharing) = await app.FindableTalentAsync(skills: ["嵌入式", word], fullName: "李明华");
        var (_, notSharing) = await app.FindableTalentAsync(skills: ["嵌入式", word], consent: false);
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Talent(sharing.Id) is not null)));
        using var api = await ApiAsync(employerUser);

        var before = await api.GetJsonAsync<List<TalentMatch>>($"/api/v1/matching/jobs/{job.Id}/talents");
        await app.SetConsentAsync(sharing.Id, granted: false);
        var right = await api.GetJsonAsync<List<TalentMatch>>($"/api/v1/matching/jobs/{job.Id}/talents");
        var left = await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Talent(sharing.Id) is null));

        var match = Assert.Single(before, t => t.TalentId == sharing.Id);
        Assert.Equal("李*华", match.MaskedName);
        Assert.DoesNotContain(before, t => t.TalentId == notSharing.Id);
        Assert.Null(app.Index().Talent(notSharing.Id));
        Assert.DoesNotContain(right, t => t.TalentId == sharing.Id);
        Assert.True(left);
    }

    [Fact]
    public async Task Employer_AnotherEmployersJob_Or_NotVerified_Gets404()
    {
        var (owner, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(owner.Id, MatchingTestData.Job("运维工程师"));
        var (other, _) = await app.VerifiedEmployerAsync(name: "另一家公司");
        var (unverified, _) = await app.RegisterEmployerAsync("370202", "未核验公司");
        using var otherApi = await ApiAsync(other);
        using var unverifiedApi = await ApiAsync(unverified);
        using var ownerApi = await ApiAsync(owner);

        using var byOther = await otherApi.GetAsync($"/api/v1/matching/jobs/{job.Id}/talents", Ct);
        using var byUnverified = await unverifiedApi.GetAsync($"/api/v1/matching/jobs/{job.Id}/talents", Ct);
        using var byOwner = await ownerApi.GetAsync($"/api/v1/matching/jobs/{job.Id}/talents", Ct);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byUnverified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
    }

    [Fact]
    public async Task Officer_SeesTalentsOfTheirScopeOnly_AndAnotherCitysJobIs404()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"测试工程师{word}", tags: $"测试,{word}"));
        var (_, qingdao) = await app.FindableTalentAsync(household: "370202", skills: ["测试", word]);
        var (_, jinan) = await app.FindableTalentAsync(household: "370102", skills: ["测试", word]);
        var (_, qingdaoNative) = await app.FindableTalentAsync(household: "370102", nativePlace: "370203", skills: ["测试", word]);
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Talent(qingdaoNative.Id) is not null)));
        using var qd = await app.ClientAsync(Via.Bearer, "officer.qd");
        using var sd = await app.ClientAsync(Via.Bearer, "officer.sd");
        using var jn = await app.ClientAsync(Via.Bearer, "officer.jn");

        var byCity = (await qd.GetJsonAsync<List<TalentMatch>>($"/api/v1/matching/jobs/{job.Id}/talents")).Select(t => t.TalentId).ToList();
        var byProvince = (await sd.GetJsonAsync<List<TalentMatch>>($"/api/v1/matching/jobs/{job.Id}/talents")).Select(t => t.TalentId).ToList();
        using var byOtherCity = await jn.GetAsync($"/api/v1/matching/jobs/{job.Id}/talents", Ct);

        Assert.Contains(qingdao.Id, byCity);
        Assert.Contains(qingdaoNative.Id, byCity);
        Assert.DoesNotContain(jinan.Id, byCity);
        Assert.Contains(jinan.Id, byProvince);
        Assert.Equal(HttpStatusCode.NotFound, byOtherCity.StatusCode);
    }

    [Fact]
    public async Task Officer_RecommendsAMatchedTalent_RecordedAsAServiceAndBothAreTold()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"前端工程师{word}", tags: $"Vue,{word}"));
        var (talentUser, talent) = await app.FindableTalentAsync(skills: ["Vue", word], fullName: "周晓雨");
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Talent(talent.Id) is not null)));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var page = $"/Matching/Job?id={job.Id}";
        var before = await (await officer.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);

        using var post = await YincaiAppFactory.PostFormAsync(officer, page + "&handler=Recommend",
            new Dictionary<string, string> { ["talentId"] = talent.Id.ToString(), ["note"] = "专业对口，建议面试" });
        var after = await (await officer.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("周*雨", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("已推荐", after, StringComparison.Ordinal);
        var recommendation = await app.WithDbAsync(db => db.MatchRecommendations.SingleAsync(r => r.JobId == job.Id, Ct));
        Assert.Equal(talent.Id, recommendation.TalentId);
        Assert.Equal("370202", recommendation.RegionCode);
        Assert.Equal([$"前端工程师{word}", "周*雨", "专业对口，建议面试"],
            Assert.Single(await app.ToldAsync(employerUser.Id, NotificationKinds.MatchRecommendedToEmployer)));
        Assert.Equal($"前端工程师{word}", Assert.Single(await app.ToldAsync(talentUser.Id, NotificationKinds.MatchRecommendedToTalent))[0]);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(MatchRecommendation) && a.EntityId == recommendation.Id.ToString(), Ct)));
    }

    [Fact]
    public async Task PublishingAndClosingAJob_ReachTheTalentsMatchesWithinTwoSeconds()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var (talentUser, _) = await app.FindableTalentAsync(skills: ["Go", word]);
        using var api = await ApiAsync(talentUser);
        async Task<bool> Shows(Guid id) =>
            (await api.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100")).Jobs.Any(j => j.JobId == id);

        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Go后端{word}", tags: $"Go,{word}"));
        var appeared = await MatchingTestData.EventuallyAsync(() => Shows(job.Id));
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Close();
            await db.SaveChangesAsync(Ct);
        });
        var gone = await MatchingTestData.EventuallyAsync(async () => !await Shows(job.Id) && app.Index().Job(job.Id) is null);

        Assert.True(appeared);
        Assert.True(gone);
    }

    [Fact]
    [Trait("Rule", "RET-06")]
    public async Task ReturneesProject_IsMatchedWithEnterprisesProjectDemands_AndTheReverse()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);
        var near = await app.PublishAsync(db => db.ProjectDemands, await SaveDemandAsync(employerUser.Id, new ProjectDemandForm
        {
            Title = $"无人机集群调度算法联合研发{word}", Description = "寻求无人机调度算法团队合作。", IndustryCode = "65", RegionCode = "370202",
            BudgetMaxWan = 800, ValidUntil = until,
        }));
        var far = await app.PublishAsync(db => db.ProjectDemands, await SaveDemandAsync(employerUser.Id, new ProjectDemandForm
        {
            Title = $"果蔬保鲜技术攻关{word}", Description = "冷链保鲜工艺改进。", IndustryCode = "13", RegionCode = "371702", BudgetMaxWan = 50, ValidUntil = until,
        }));
        var owner = await app.SignedInTalentAsync();
        var project = await app.PublishAsync(db => db.TalentProjects, (await app.WithServicesAsync(s => s.GetRequiredService<TalentProjects>()
            .SaveAsync(owner.User.Id, null, new TalentProjectForm
            {
                Title = $"无人机集群调度{word}", Summary = "海外团队研发的无人机集群调度算法，寻求落地园区与首轮融资。", IndustryCode = "65",
                RegionCode = "370202", FundingSoughtWan = 500, ValidUntil = until,
            }, submit: true, Ct))).Value!.Id);
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Project(project) is not null && app.Index().Demand(far) is not null)));
        using var talentApi = await ApiAsync(owner.User);
        using var employerApi = await ApiAsync(employerUser);
        var stranger = await app.SignedInTalentAsync();
        using var strangerApi = await ApiAsync(stranger.User);

        var demands = (await talentApi.GetJsonAsync<List<ProjectMatch>>($"/api/v1/matching/projects/{project}/demands"))
            .Where(d => d.Title.EndsWith(word, StringComparison.Ordinal)).ToList();
        var projects = await employerApi.GetJsonAsync<List<ProjectMatch>>($"/api/v1/matching/demands/{near}/projects");
        using var byStranger = await strangerApi.GetAsync($"/api/v1/matching/projects/{project}/demands", Ct);

        Assert.Equal([near, far], demands.Select(d => d.Id));
        Assert.Contains(demands[0].Reasons, r => r.Aspect == FitAspect.Keywords && r.Level != FitLevel.Missed && r.Text.Contains("调度", StringComparison.Ordinal));
        Assert.Contains(demands[1].Reasons, r => r.Aspect == FitAspect.Budget && r.Level == FitLevel.Missed);
        var first = projects.First(p => p.Title.EndsWith(word, StringComparison.Ordinal));
        Assert.Equal(project, first.Id);
        Assert.DoesNotContain("测试人才", first.Owner, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public async Task Phd_IsMatchedWithEnterprisesInLessDevelopedAreasFirst_AndOfficersSeeTheList()
    {
        var word = Unique();
        var (qingdaoUser, _) = await app.VerifiedEmployerAsync("370202", "青岛某公司");
        var (hezeUser, _) = await app.VerifiedEmployerAsync("371702", "菏泽某公司");
        var qingdao = await app.JobAsync(qingdaoUser.Id, MatchingTestData.Job($"研发工程师{word}", region: "370202", tags: $"算法,{word}"));
        var heze = await app.JobAsync(hezeUser.Id, MatchingTestData.Job($"研发工程师{word}", region: "371702", tags: $"算法,{word}"));
        var (phdUser, phd) = await app.FindableTalentAsync(regions: ["370000"], degree: DegreeLevel.Doctorate, skills: ["算法", word], fullName: "赵博文");
        var (bachelorUser, _) = await app.FindableTalentAsync(regions: ["370000"], skills: ["算法", word]);
        Assert.True(await IndexedAsync(heze.Id));
        using var phdApi = await ApiAsync(phdUser);
        using var bachelorApi = await ApiAsync(bachelorUser);

        var forPhd = (await phdApi.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100")).Jobs.Where(j => j.Title.EndsWith(word, StringComparison.Ordinal)).ToList();
        var forBachelor = (await bachelorApi.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100")).Jobs.Where(j => j.Title.EndsWith(word, StringComparison.Ordinal)).ToList();
        using var officer = await app.ClientAsync(Via.Cookie, "officer.sd");
        var list = await (await officer.GetAsync("/Matching/Phds", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal([heze.Id, qingdao.Id], forPhd.Select(j => j.JobId));
        Assert.Contains(forPhd[0].Reasons, r => r.Aspect == FitAspect.LessDevelopedPhd && r.Text.Contains("菏泽", StringComparison.Ordinal));
        Assert.Equal(forBachelor[0].Score, forBachelor[1].Score);
        Assert.DoesNotContain(forBachelor.SelectMany(j => j.Reasons), r => r.Aspect == FitAspect.LessDevelopedPhd);
        Assert.Contains("赵*文", list, StringComparison.Ordinal);
        Assert.Contains($"研发工程师{word}", list, StringComparison.Ordinal);
        Assert.NotNull(phd);
    }

    [Fact]
    [Trait("Rule", "ENT-07")]
    public async Task Phd_JobWantingAPhdOfTheirField_RanksAboveAPromotionJobThatTakesAnyone()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync("370202", "青岛研发公司");
        var research = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"博士后研究员{word}", minDegree: DegreeLevel.Doctorate,
            majors: "080901", tags: $"算法,{word}"));
        var promotion = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"推广专员{word}", minDegree: DegreeLevel.None, tags: $"算法,{word}"));
        var (phdUser, _) = await app.FindableTalentAsync(regions: ["370200"], degree: DegreeLevel.Doctorate, skills: ["算法", word], fullName: "钱博研");
        Assert.True(await IndexedAsync(promotion.Id));
        using var phdApi = await ApiAsync(phdUser);

        var forPhd = (await phdApi.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100")).Jobs
            .Where(j => j.Title.EndsWith(word, StringComparison.Ordinal)).ToList();

        Assert.Equal([research.Id, promotion.Id], forPhd.Select(j => j.JobId));
        Assert.True(forPhd[0].Score > forPhd[1].Score);
        Assert.Contains(forPhd[1].Reasons, r => r.Aspect == FitAspect.Degree && r.Level == FitLevel.Partial
            && r.Text.Contains("学历高于岗位所需", StringComparison.Ordinal));
    }

    private Task<Guid> SaveDemandAsync(Guid userId, ProjectDemandForm form) =>
        app.WithServicesAsync(async s => (await s.GetRequiredService<ProjectDemands>().SaveAsync(userId, null, form, submit: true, Ct)).Value!.Id);

    [Fact]
    public async Task Talent_AJobAppliedFor_IsNoLongerRecommended()
    {
        var word = Unique();
        var (employerUser, _) = await app.VerifiedEmployerAsync();
        var applied = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java开发工程师{word}", majors: "080902", tags: $"Java,{word}"));
        var other = await app.JobAsync(employerUser.Id, MatchingTestData.Job($"Java工程师{word}", majors: "080902", tags: $"Java,{word}"));
        var (talentUser, _) = await app.FindableTalentAsync(skills: ["Java", word]);
        Assert.True(await IndexedAsync(other.Id));
        using var api = await ApiAsync(talentUser);
        var before = await api.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100");
        await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, applied.Id, null, null, Ct));

        var after = await api.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=100");

        Assert.Contains(before.Jobs, j => j.JobId == applied.Id);
        Assert.DoesNotContain(after.Jobs, j => j.JobId == applied.Id);
        Assert.Contains(after.Jobs, j => j.JobId == other.Id);
    }
}
