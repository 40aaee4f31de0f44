using System.Globalization;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Matching;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Jobs.Search;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>A job's occupation, majors, experience and tags as the employer enters them and the public reads them, and
/// the public search by industry and education.</summary>
public sealed class JobSearchTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ValidUntil => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(TestAccount User, Employer Employer)> VerifiedEmployerAsync(string industryCode = "65")
    {
        var user = await app.RegisterAsync(AccountKind.Employer);
        var form = EmployerTestData.Form("370202");
        form.IndustryCode = industryCode;
        var employer = (await app.WithServicesAsync(s => s.GetRequiredService<EmployerRegistration>().SaveAsync(user.Id, form, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return (user, employer);
    }

    private static Dictionary<string, string> JobFields(string title, string majors = "", string tags = "") => new()
    {
        ["Form.Type"] = "FullTime", ["Form.Title"] = title, ["Form.Description"] = "负责工业软件的研发与测试，参与需求分析和架构设计。",
        ["Form.RegionCode"] = "370202", ["Form.OccupationCode"] = "2-02", ["Form.Headcount"] = "2", ["Form.MinDegree"] = "Bachelor",
        ["Form.Majors"] = majors, ["Form.MinExperienceYears"] = "3", ["Form.SalaryMinYuan"] = "9000", ["Form.SalaryMaxYuan"] = "16000",
        ["Form.Tags"] = tags, ["Form.ValidUntil"] = ValidUntil, ["submit"] = "true",
    };

    private async Task<Job> PublishedAsync(Guid userId, string title, DegreeLevel degree = DegreeLevel.Bachelor)
    {
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(userId, null, new JobForm
        {
            Title = title, Description = "负责生产线设备的维护与数据采集工作。", RegionCode = "370202", Headcount = 1, MinDegree = degree,
            SalaryMinYuan = 6000, SalaryMaxYuan = 9000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return job;
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task EditPage_OccupationMajorsExperienceAndTags_AreSavedAndShownToThePublic()
    {
        var (user, _) = await VerifiedEmployerAsync();
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "工业软件工程师" + tag;

        using var saved = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/Edit",
            JobFields(title, majors: "软件工程、080901", tags: "五险一金，双休"));
        var job = await app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Title == title, Ct));
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        (await YincaiAppFactory.PostFormAsync(officer, $"/Jobs/Review/Details?id={job.Id}&handler=Approve", new Dictionary<string, string>
        {
            ["id"] = job.Id.ToString(), ["version"] = job.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenFrom: "/Jobs/Review")).Dispose();
        using var anonymous = app.CreateClient();
        var view = await (await anonymous.GetAsync($"/Jobs/View?id={job.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        var search = await (await anonymous.GetAsync($"/Jobs?q={tag}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("2-02", 3), (job.OccupationCode, job.MinExperienceYears));
        Assert.Equal(["080902", "080901"], job.MajorCodes);
        Assert.Equal(["五险一金", "双休"], job.Tags);
        foreach (var text in new[] { "工程技术人员", "软件工程、计算机科学与技术", "3年以上经验", "五险一金", "双休" })
            Assert.Contains(text, view, StringComparison.Ordinal);
        foreach (var text in new[] { title, "软件工程、计算机科学与技术", "五险一金", "3年以上经验" })
            Assert.Contains(text, search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_UnknownMajor_NamesTheFieldAndSavesNothing()
    {
        var (user, _) = await VerifiedEmployerAsync();
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        var title = "专业校验" + Guid.NewGuid().ToString("N")[..6];

        using var response = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/Edit", JobFields(title, majors: "软件工程、火星地质学"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("专业要求：未找到“火星地质学”", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Jobs.AnyAsync(j => j.Title == title, Ct)));
    }

    [Fact]
    public async Task EditPage_TooManyTags_NamesTheFieldAndSavesNothing()
    {
        var (user, _) = await VerifiedEmployerAsync();
        using var employer = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(employer, user.UserName, user.Password);
        var title = "标签校验" + Guid.NewGuid().ToString("N")[..6];

        using var response = await YincaiAppFactory.PostFormAsync(employer, "/Jobs/Own/Edit",
            JobFields(title, tags: "一、二、三、四、五、六、七、八、九"));

        Assert.Contains("岗位标签：最多8个", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Jobs.AnyAsync(j => j.Title == title, Ct)));
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task Search_ByIndustryAndDegree_FindsOnlyJobsOfThatIndustryOpenToThatDegree()
    {
        var (software, _) = await VerifiedEmployerAsync("65");
        var (food, _) = await VerifiedEmployerAsync("13");
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishedAsync(software.Id, "本科软件岗" + tag);
        await PublishedAsync(software.Id, "硕士软件岗" + tag, DegreeLevel.Master);
        await PublishedAsync(software.Id, "大专软件岗" + tag, DegreeLevel.Vocational);
        await PublishedAsync(food.Id, "本科食品岗" + tag);
        using var anonymous = app.CreateClient();

        var page = await (await anonymous.GetAsync($"/Jobs?q={tag}&industry=65&degree=Bachelor", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("本科软件岗" + tag, page, StringComparison.Ordinal);
        Assert.Contains("大专软件岗" + tag, page, StringComparison.Ordinal);
        Assert.DoesNotContain("硕士软件岗" + tag, page, StringComparison.Ordinal);
        Assert.DoesNotContain("本科食品岗" + tag, page, StringComparison.Ordinal);
        Assert.Contains("共找到 2 个岗位", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-10")]
    public async Task Search_PartTimeInARegion_ListsFlexibleJobsOfThatCityOnly()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var flexible = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, new JobForm
        {
            Type = JobType.PartTime, Title = "周末促销员" + tag, Description = "周末在商场协助促销活动，按天结算。", RegionCode = "370202",
            Headcount = 5, MinDegree = DegreeLevel.None, SalaryMinYuan = 150, SalaryMaxYuan = 200, Tags = "日结",
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == flexible.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var anonymous = app.CreateClient();

        var qingdao = await (await anonymous.GetAsync($"/Jobs?q={tag}&type=PartTime&region=370200", Ct)).Content.ReadAsStringAsync(Ct);
        var jinan = await (await anonymous.GetAsync($"/Jobs?q={tag}&type=PartTime&region=370100", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("周末促销员" + tag, qingdao, StringComparison.Ordinal);
        Assert.Contains("日结", qingdao, StringComparison.Ordinal);
        Assert.DoesNotContain("周末促销员" + tag, jinan, StringComparison.Ordinal);
    }

    private async Task<Job> PublishedAsync(Guid userId, JobForm form)
    {
        form.RegionCode ??= "370202";
        form.ValidUntil ??= DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(userId, null, form, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return job;
    }

    private async Task<string> SearchAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/Jobs?" + query, Ct)).Content.ReadAsStringAsync(Ct);

    [Theory]
    [InlineData("java")]
    [InlineData("JAVA")]
    [InlineData("ＪＡＶＡ")]
    [InlineData("软件 测试")]
    [InlineData("软件　测试")]
    [InlineData("测试 Java")]
    public async Task Search_AnyCaseWidthOrSeveralWords_FindsTheJobHoldingEveryWord(string words)
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishedAsync(user.Id, new JobForm
        {
            Title = "Java开发工程师" + tag, Description = "负责工业软件的研发，配合完成系统测试。", Headcount = 1, SalaryMinYuan = 8000, SalaryMaxYuan = 12000,
        });
        using var anonymous = app.CreateClient();

        var found = await SearchAsync(anonymous, "q=" + Uri.EscapeDataString(words + " " + tag));
        var oneWordMissing = await SearchAsync(anonymous, "q=" + Uri.EscapeDataString(words + " 火星 " + tag));

        Assert.Contains("Java开发工程师" + tag, found, StringComparison.Ordinal);
        Assert.Contains("共找到 1 个岗位", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Java开发工程师" + tag, oneWordMissing, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-02")]
    public async Task Search_WordInMajorsOrTagsOnly_FindsTheJob()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishedAsync(user.Id, new JobForm
        {
            Title = "住院医师" + tag, Description = "负责病房日常诊疗工作。", Headcount = 1, Majors = "临床医学", Tags = "五险一金、Weekend双休",
            SalaryMinYuan = 8000, SalaryMaxYuan = 12000,
        });
        using var anonymous = app.CreateClient();

        var byMajor = await SearchAsync(anonymous, $"q={Uri.EscapeDataString("临床 " + tag)}");
        var byTag = await SearchAsync(anonymous, $"q={Uri.EscapeDataString("weekend 五险 " + tag)}");
        var neither = await SearchAsync(anonymous, $"q={Uri.EscapeDataString("口腔 " + tag)}");

        Assert.Contains("住院医师" + tag, byMajor, StringComparison.Ordinal);
        Assert.Contains("住院医师" + tag, byTag, StringComparison.Ordinal);
        Assert.DoesNotContain("住院医师" + tag, neither, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SixFinds_SameWordsAsTheJobList_FindTheSameJob()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishedAsync(user.Id, new JobForm
        {
            Title = "Python数据分析" + tag, Description = "整理报表。", Headcount = 1, Majors = "统计学", SalaryMinYuan = 8000, SalaryMaxYuan = 12000,
        });
        using var anonymous = app.CreateClient();

        var finds = await (await anonymous.GetAsync("/Finds?q=" + Uri.EscapeDataString("ＰＹＴＨＯＮ 统计 " + tag), Ct)).Content.ReadAsStringAsync(Ct);
        finds = System.Text.RegularExpressions.Regex.Replace(finds, "</?mark[^>]*>", ""); // the matches are highlighted

        Assert.Contains("Python数据分析" + tag, finds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SortByPay_ListsBestPaidFirst_AndNewestByDefault()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishedAsync(user.Id, new JobForm { Title = "高薪岗" + tag, Description = "说明。", Headcount = 1, SalaryMinYuan = 20000, SalaryMaxYuan = 30000 });
        await PublishedAsync(user.Id, new JobForm { Title = "新发岗" + tag, Description = "说明。", Headcount = 1, SalaryMinYuan = 5000, SalaryMaxYuan = 6000 });
        using var anonymous = app.CreateClient();

        var byPay = await SearchAsync(anonymous, $"q={tag}&sort=Pay");
        var newest = await SearchAsync(anonymous, $"q={tag}");

        Assert.True(byPay.IndexOf("高薪岗" + tag, StringComparison.Ordinal) < byPay.IndexOf("新发岗" + tag, StringComparison.Ordinal));
        Assert.True(newest.IndexOf("新发岗" + tag, StringComparison.Ordinal) < newest.IndexOf("高薪岗" + tag, StringComparison.Ordinal));
        Assert.Contains("<option value=\"Pay\" selected=\"selected\">", byPay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FirstVisit_OffersEveryCity_AndACityKeepsTheKeywordAndOrder()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishedAsync(user.Id, new JobForm { Title = "青岛岗" + tag, Description = "说明。", Headcount = 1, SalaryMinYuan = 5000, SalaryMaxYuan = 6000 });
        await PublishedAsync(user.Id, new JobForm
        {
            Title = "济南岗" + tag, Description = "说明。", RegionCode = "370102", Headcount = 1, SalaryMinYuan = 5000, SalaryMaxYuan = 6000,
        });
        using var anonymous = app.CreateClient();

        var first = await SearchAsync(anonymous, "");
        var qingdao = await SearchAsync(anonymous, $"q={tag}&region=370200&sort=Pay");

        Assert.Contains("<option value=\"370200\">青岛市</option>", first, StringComparison.Ordinal);
        Assert.Contains("<option value=\"440300\">深圳市</option>", first, StringComparison.Ordinal);
        Assert.Contains("青岛岗" + tag, qingdao, StringComparison.Ordinal);
        Assert.DoesNotContain("济南岗" + tag, qingdao, StringComparison.Ordinal);
        Assert.Contains($"name=\"q\" value=\"{tag}\"", qingdao, StringComparison.Ordinal);
        Assert.Contains("<option value=\"370200\" selected=\"selected\">青岛市</option>", qingdao, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SignedInTalent_SeesWhichJobsTheyAppliedFor()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var applied = await PublishedAsync(user.Id, new JobForm { Title = "已投岗" + tag, Description = "说明。", Headcount = 1, SalaryMinYuan = 5000, SalaryMaxYuan = 6000 });
        await PublishedAsync(user.Id, new JobForm { Title = "未投岗" + tag, Description = "说明。", Headcount = 1, SalaryMinYuan = 5000, SalaryMaxYuan = 6000 });
        var (talentUser, _, _) = await app.CreateTalentAsync("370202", "求职者");
        var application = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, applied.Id, null, null, Ct));
        using var talent = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(talent, talentUser.UserName, talentUser.Password);
        using var anonymous = app.CreateClient();

        var mine = await SearchAsync(talent, $"q={tag}");
        var publicPage = await SearchAsync(anonymous, $"q={tag}");

        Assert.False(application.IsError);
        var marks = System.Text.RegularExpressions.Regex.Matches(mine, "<strong>(?<title>[^<]+)</strong>\\s*(?<mark><span[^>]*data-testid=\"applied\")?");
        Assert.Equal(["已投岗" + tag], marks.Where(m => m.Groups["mark"].Success).Select(m => m.Groups["title"].Value));
        Assert.Equal(2, marks.Count);
        Assert.DoesNotContain("data-testid=\"applied\"", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByOccupationAndExperience_BothInTheIndexAndTheDatabase_AndByRelevance()
    {
        var (user, _) = await VerifiedEmployerAsync();
        var word = "w" + Guid.NewGuid().ToString("N")[..6];
        async Task<Job> Published(string title, string occupation, int experience, string tags)
        {
            var form = MatchingTestData.Job(title, tags: tags);
            (form.OccupationCode, form.MinExperienceYears) = (occupation, experience);
            return await app.JobAsync(user.Id, form);
        }
        var repeated = await Published($"{word}开发工程师", "2-02-10", 0, $"{word},Java");
        var data = await Published($"数据工程师{word}", "2-02-38", 3, "Python");
        var sales = await Published($"销售代表{word}", "4-01", 0, "沟通");
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<JobKeywordIndex>().IsReady), 10));
        using var browser = app.CreateBrowser();
        async Task<List<Guid>> Found(string query)
        {
            var html = await SearchAsync(browser, $"q={word}&{query}");
            return new[] { repeated, data, sales }.Where(j => html.Contains($"/Jobs/View?id={j.Id}", StringComparison.Ordinal)).Select(j => j.Id).ToList();
        }
        Task<List<Guid>> InDatabase(Yincai.Modules.Jobs.Search.JobListFilter filter) => app.WithServicesAsync(async s =>
            (await s.GetRequiredService<JobPostings>().DatabaseSearchAsync(SearchTerms.Parse(word), filter, 1, 20, Ct)).Items.Select(j => j.Id).ToList());

        Assert.Equal(new[] { data.Id, repeated.Id }.Order(), (await Found("occupation=2-02")).Order());
        Assert.Equal([repeated.Id], await Found("occupation=2-02-10"));
        Assert.Equal(new[] { repeated.Id, sales.Id }.Order(), (await Found("experience=0")).Order());
        Assert.Equal(new[] { data.Id, repeated.Id }.Order(), (await InDatabase(new(OccupationCode: "2-02"))).Order());
        Assert.Equal(new[] { repeated.Id, sales.Id }.Order(), (await InDatabase(new(MaxExperience: 0))).Order());
        // Newest first, the job that repeats the keyword (title and tag) first by relevance.
        var newest = await SearchAsync(browser, $"q={word}&sort=Newest");
        var relevant = await SearchAsync(browser, $"q={word}&sort=Relevance");
        Assert.True(newest.IndexOf(sales.Id.ToString(), StringComparison.Ordinal) < newest.IndexOf(repeated.Id.ToString(), StringComparison.Ordinal));
        Assert.True(relevant.IndexOf(repeated.Id.ToString(), StringComparison.Ordinal) < relevant.IndexOf(sales.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchPage_OccupationFilter_OffersTheMiddleGroups_AndTheMinorGroupsOfTheOneChosenOnly()
    {
        using var browser = app.CreateBrowser();
        static string Options(string html) => System.Text.RegularExpressions.Regex.Match(html, "<select[^>]*name=\"occupation\"[^>]*>(.*?)</select>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        static int Count(string options) => System.Text.RegularExpressions.Regex.Count(options, "<option ");

        var none = Options(await SearchAsync(browser, "occupation="));
        var middle = Options(await SearchAsync(browser, "occupation=2-02"));
        var minor = Options(await SearchAsync(browser, "occupation=2-02-10"));
        var other = Options(await SearchAsync(browser, "occupation=4-01"));

        Assert.Contains("<optgroup label=\"2 专业技术人员\"><option value=\"2-01\">2-01 科学研究人员</option>", none, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"2-02-10\"", none, StringComparison.Ordinal);
        Assert.Equal(80, Count(none)); // "any" and the 79 中类
        Assert.Contains("<option value=\"2-02\" selected=\"selected\">2-02 工程技术人员</option><option value=\"2-02-01\">　2-02-01 ", middle, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2-02-10\" selected=\"selected\">　2-02-10 信息和通信工程技术人员</option>", minor, StringComparison.Ordinal);
        Assert.Equal(Count(middle), Count(minor));
        Assert.True(Count(middle) > Count(none));
        Assert.DoesNotContain("value=\"2-02-10\"", other, StringComparison.Ordinal);
        Assert.Contains("value=\"4-01\" selected=\"selected\"", other, StringComparison.Ordinal);
    }
}
