using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Jobs.Search;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>
/// The keyword search stays exact whichever engine answers (issue 16): every term must be a substring of the job's text (title,
/// description, employer, tags) or of a major it asks for, whatever the term's length or script. <see cref="JobKeywordIndexTests"/>
/// runs these cases through this copy's Lucene index, <see cref="DatabaseKeywordSearchTests"/> through the database (pg_trgm and
/// the bigram column on PostgreSQL, LIKE on SQLite), which answers while the index builds.
/// </summary>
public abstract class KeywordSearchCases(YincaiAppFactory app)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<string> PublishedAsync(string title, string description, string employerName = "测试科技有限公司", string? majors = null) =>
        (await PublishAsync(title, description, employerName, majors)).Tag;

    protected async Task<(string Tag, Guid UserId, Guid JobId)> PublishAsync(string title, string description, string employerName = "测试科技有限公司",
        string? majors = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (user, employer) = await app.RegisterEmployerAsync("370202", name: employerName + tag);
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, new JobForm
        {
            Title = title + tag, Description = description, RegionCode = "370202", Headcount = 1, SalaryMinYuan = 6000, SalaryMaxYuan = 9000,
            Majors = majors, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return (tag, user.Id, job.Id);
    }

    private async Task<string> JobsAsync(string query)
    {
        using var anonymous = app.CreateClient();
        return await anonymous.GetStringAsync("/Jobs?q=" + Uri.EscapeDataString(query), Ct);
    }

    private async Task<string> FindsAsync(string query)
    {
        using var anonymous = app.CreateClient();
        return await anonymous.GetStringAsync("/Finds?q=" + Uri.EscapeDataString(query), Ct);
    }

    [Theory]
    [InlineData("会计", "财务会计", "负责日常账务处理。")] // two Chinese characters, in the title
    [InlineData("账务", "出纳", "负责日常账务处理。")] // two Chinese characters, in the description
    [InlineData("软件工程师", "资深软件工程师", "负责系统研发。")] // five characters
    [InlineData("测", "测试员", "负责功能验证。")] // one character: no trigram, LIKE alone
    [InlineData("java", "Java开发", "负责后端研发。")] // Latin, folded
    public async Task Search_TermInTheJobsText_FindsTheJob(string term, string title, string description)
    {
        var tag = await PublishedAsync(title, description);

        var jobs = await JobsAsync($"{term} {tag}");
        var finds = await FindsAsync($"{term} {tag}");

        Assert.Contains(title + tag, jobs, StringComparison.Ordinal);
        Assert.Contains(@"data-testid=""count-Jobs"">共 1 条<", finds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EmployerNameAndTwoTerms_FindsTheJob()
    {
        var tag = await PublishedAsync("仓库管理员", "负责出入库登记。", employerName: "鲁港物流有限公司");

        var page = await JobsAsync($"鲁港物流 仓库 {tag}");

        Assert.Contains("仓库管理员" + tag, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MajorNameTheTextDoesNotHold_FindsTheJobAskingForThatMajor()
    {
        var tag = await PublishedAsync("研发助理", "负责实验记录。", majors: "软件工程");

        var page = await JobsAsync($"软件工程 {tag}");

        Assert.Contains("研发助理" + tag, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EveryBigramButNotTheTerm_DoesNotFindTheJob()
    {
        // Every trigram of 软件工程师 occurs (软件工, 件工程, 工程师), the term does not: an index may let the row through,
        // the LIKE must reject it.
        var tag = await PublishedAsync("工程管理", "熟悉软件工具，件工程图纸，协助工程师验收。");

        var page = await JobsAsync($"软件工程师 {tag}");
        var twoTermsOneMissing = await JobsAsync($"工程 会计 {tag}");

        Assert.DoesNotContain("工程管理" + tag, page, StringComparison.Ordinal);
        Assert.DoesNotContain("工程管理" + tag, twoTermsOneMissing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RareTwoCharacters_FindsOnlyTheJobHoldingThemSideBySide()
    {
        // 考古 nowhere else in the test data: on PostgreSQL the bigram index alone finds the row, no order walk does.
        var found = await PublishedAsync("文物修复", "参与田野考古发掘。");
        var apart = await PublishedAsync("古城导游", "带领游客考察古城。"); // 考 and 古, never side by side

        var page = await JobsAsync("考古");
        var finds = await FindsAsync($"考古 {apart}");

        Assert.Contains("文物修复" + found, page, StringComparison.Ordinal);
        Assert.DoesNotContain("古城导游" + apart, page, StringComparison.Ordinal);
        Assert.Contains(@"data-testid=""count-Jobs"">共 0 条<", finds, StringComparison.Ordinal);
    }

    /// <summary>Whether this class's app answers keywords from its index (else from the database).</summary>
    protected abstract bool AnswersFromTheIndex { get; }

    [Fact]
    public async Task Search_AnsweredByTheExpectedEngine()
    {
        var tag = await PublishedAsync("引擎核对", "核对由谁回答。");
        var ready = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<JobKeywordIndex>().IsReady));
        var fromIndex = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<JobKeywordIndex>()
            .Search(SearchTerms.Parse(tag), JobListFilter.None, s.GetRequiredService<ChinaClock>().Today, 20, 200)));

        Assert.Equal(AnswersFromTheIndex, ready);
        if (AnswersFromTheIndex) Assert.Equal(1, fromIndex!.Counted);
        else Assert.Null(fromIndex);
    }
}

/// <summary>The keyword cases through this copy's Lucene index, and the database's own keyword indexes (the fallback).</summary>
public sealed class JobKeywordIndexTests(YincaiAppFactory app) : KeywordSearchCases(app), IClassFixture<YincaiAppFactory>
{
    private readonly YincaiAppFactory app = app;

    protected override bool AnswersFromTheIndex => true;

    [Fact]
    public async Task Edit_NewDescription_ReplacesTheStoredBigrams()
    {
        var (tag, userId, jobId) = await PublishAsync("文物修复", "参与田野考古发掘。");
        var published = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == jobId).Select(j => j.SearchBigrams).SingleAsync(Ct));

        var edited = await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(userId, jobId, new JobForm
        {
            Title = "文物修复" + tag, Description = "负责馆藏修复。", RegionCode = "370202", Headcount = 1, SalaryMinYuan = 6000, SalaryMaxYuan = 9000,
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: false, Ct));
        var stored = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == jobId).Select(j => new { j.SearchText, j.SearchBigrams }).SingleAsync(Ct));

        Assert.False(edited.IsError);
        Assert.Contains(SearchTerms.Bigrams("考古")[0], published);
        Assert.DoesNotContain(SearchTerms.Bigrams("考古")[0], stored.SearchBigrams);
        Assert.Contains(SearchTerms.Bigrams("馆藏")[0], stored.SearchBigrams);
        Assert.Equal(SearchTerms.Bigrams(stored.SearchText), stored.SearchBigrams);
    }

    [Fact]
    public async Task Matching_TwoCharacters_SendsTheBigramContainmentOnPostgres()
    {
        var sql = await app.WithServicesAsync(s =>
        {
            var postings = s.GetRequiredService<JobPostings>();
            return Task.FromResult(postings.Open().Matching(SearchTerms.Parse("考古"), s.GetRequiredService<Yincai.Modules.Talents.Contracts.MajorCatalog>(),
                postings.HasBigramIndex).ToQueryString());
        });

        if (app.Provider == DatabaseProvider.Postgres)
            Assert.Matches(@"<@ \w+\.""SearchBigrams""|""SearchBigrams"" @>", sql); // Npgsql writes @> as its commutator
        else Assert.DoesNotMatch(@"<@|@>", sql);
    }

    [Fact]
    public void Bigrams_FoldedText_DistinctPairsOfAdjacentCharactersWithoutSpaces()
    {
        Assert.Equal(SearchTerms.Bigrams("ab ba ab").Order(), new[] { 'a' << 16 | 'b', 'b' << 16 | 'a' }.Order());
        Assert.Empty(SearchTerms.Bigrams("考 古"));
        Assert.Empty(SearchTerms.Bigrams("𝒜x")); // beyond the BMP: left to LIKE, never a half that could pass for another character
    }

    [Fact]
    public async Task Migrate_JobsStoredBefore_GetTheBigramsTheAppWouldWrite()
    {
        if (app.Provider != DatabaseProvider.Postgres) return; // SQLite never reads the column
        var (_, _, jobId) = await PublishAsync("ＪＡＶＡ　开发𝒜", "熟悉\t考古、O'Reilly 书单；ａｂ ｃ");
        var expected = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == jobId).Select(j => j.SearchBigrams).SingleAsync(Ct));

        await app.RemigrateFromAsync("_SearchBigrams");
        var backfilled = await app.WithDbAsync(db => db.Jobs.Where(j => j.Id == jobId).Select(j => j.SearchBigrams).SingleAsync(Ct));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, backfilled);
    }

    [Fact]
    public async Task Migration_OrderAndKeywordIndexes_Exist()
    {
        var postgres = app.Provider == DatabaseProvider.Postgres;
        var names = await app.IndexNamesAsync("jobs_job");

        Assert.Contains("IX_jobs_job_Status_PublishedAtUtc_Id", names);
        Assert.Contains("IX_jobs_job_Status_CreatedAtUtc_Id", names);
        if (postgres)
        {
            Assert.Contains("IX_jobs_job_SearchText_trgm", names);
            Assert.Contains("IX_jobs_job_MajorCodes", names);
            Assert.Contains("IX_jobs_job_SearchBigrams", names);
        }
    }
}

/// <summary>The keyword cases with the index off: the database answers, as it does while a copy's index builds.</summary>
public sealed class DatabaseKeywordSearchTests(DatabaseKeywordSearchTests.DatabaseOnlyAppFactory app) : KeywordSearchCases(app),
    IClassFixture<DatabaseKeywordSearchTests.DatabaseOnlyAppFactory>
{
    protected override bool AnswersFromTheIndex => false;

    public sealed class DatabaseOnlyAppFactory : YincaiAppFactory
    {
        public DatabaseOnlyAppFactory() => WithSetting("Jobs:Search:Enabled", "false");
    }
}
