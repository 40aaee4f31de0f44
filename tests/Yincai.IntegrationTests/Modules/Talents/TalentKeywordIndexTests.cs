using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Matching;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>
/// 找人才 and the employers' talent search match the talent's stored search text (skills, major, school, folded), through
/// a trigram or bigram index on PostgreSQL (issue 16: a rare skill read every talent who shares their profile). Every term
/// must occur, whatever its case, width or length; the derived columns stay out of the audit trail.
/// </summary>
public sealed class TalentKeywordIndexTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..8];

    private async Task<string> FindsAsync(string query)
    {
        using var anonymous = app.CreateClient();
        return await anonymous.GetStringAsync("/Finds?q=" + Uri.EscapeDataString(query), Ct);
    }

    private static string Count(int n) => $@"data-testid=""count-Talents"">共 {n} 条<";

    [Theory]
    [InlineData("焊工", "焊工")] // two Chinese characters: the bigram index
    [InlineData("电工", "高级电工证")] // two characters inside a longer skill
    [InlineData("java", "Java")] // Latin, any case
    [InlineData("ｊａｖａ", "JAVA")] // full-width typed
    [InlineData("软件工程", "Rust")] // the major (软件工程 by default)
    [InlineData("山东大学", "Rust")] // the school
    [InlineData("焊", "焊工")] // one character: LIKE alone
    public async Task Finds_TermInSkillsMajorOrSchool_CountsTheTalent(string term, string skill)
    {
        var tag = Tag();
        await app.FindableTalentAsync(skills: [skill, tag]);

        var page = await FindsAsync($"{term} {tag}");

        Assert.Contains(Count(1), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_BothCharactersButNotSideBySide_DoesNotCountTheTalent()
    {
        var tag = Tag();
        await app.FindableTalentAsync(skills: ["焊接", "工艺", tag]); // 焊 and 工, never adjacent

        var page = await FindsAsync($"焊工 {tag}");
        var oneTermMissing = await FindsAsync($"焊接 会计 {tag}");

        Assert.Contains(Count(0), page, StringComparison.Ordinal);
        Assert.Contains(Count(0), oneTermMissing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmployerSearch_SkillTypedInOtherCase_FindsTheTalent()
    {
        var tag = Tag();
        var (_, talent) = await app.FindableTalentAsync(skills: ["PostgreSQL", tag], fullName: "郑查找");
        var (owner, employer) = await app.RegisterEmployerAsync("370200");
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        using var browser = await app.ClientAsync(Via.Cookie, owner.UserName, owner.Password);

        var page = await browser.GetStringAsync($"/Talents/Search?q={Uri.EscapeDataString("postgresql " + tag)}", Ct);

        Assert.Contains($"/Talents/Search/Details?id={talent.Id}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetIntention_NewSkills_ReplaceTheStoredTextAndBigrams()
    {
        var tag = Tag();
        var (_, talent) = await app.FindableTalentAsync(skills: ["焊工", tag]);

        await app.WithDbAsync(async db =>
        {
            var t = await db.Talents.SingleAsync(x => x.Id == talent.Id, Ct);
            t.SetIntention(t.IntendedRegionCodes, t.IntendedIndustryCodes, t.IntendedJobTypes, t.SalaryMinYuan, t.SalaryMaxYuan, ["钳工", tag], DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        var stored = await app.WithDbAsync(db => db.Talents.Where(t => t.Id == talent.Id).Select(t => new { t.SearchText, t.SearchBigrams }).SingleAsync(Ct));
        var old = await FindsAsync($"焊工 {tag}");
        var now = await FindsAsync($"钳工 {tag}");

        Assert.Equal($"钳工 {tag} 软件工程 山东大学", stored.SearchText);
        Assert.Equal(SearchTerms.Bigrams(stored.SearchText), stored.SearchBigrams);
        Assert.Contains(Count(0), old, StringComparison.Ordinal);
        Assert.Contains(Count(1), now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_TalentChanged_LeavesTheSearchColumnsOut()
    {
        var tag = Tag();
        var (_, talent) = await app.FindableTalentAsync(skills: ["焊工", tag]);

        var trail = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Talent) && a.EntityId == talent.Id.ToString()).Select(a => a.After ?? "").ToListAsync(Ct));

        Assert.NotEmpty(trail);
        Assert.Contains(trail, a => a.Contains(tag, StringComparison.Ordinal)); // the skills themselves are recorded
        Assert.DoesNotContain(trail, a => a.Contains("SearchText", StringComparison.Ordinal) || a.Contains("SearchBigrams", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_TalentsStoredBefore_GetTheTextAndBigramsTheAppWouldWrite()
    {
        var tag = Tag();
        var (_, talent) = await app.FindableTalentAsync(skills: ["ＪＡＶＡ　开发", "O'Reilly", "考古𝒜", tag], majorName: "Ｃ语言");
        var expected = await app.WithDbAsync(db => db.Talents.Where(t => t.Id == talent.Id).Select(t => new { t.SearchText, t.SearchBigrams }).SingleAsync(Ct));

        await app.RemigrateFromAsync("_TalentSearchText");
        var backfilled = await app.WithDbAsync(db => db.Talents.Where(t => t.Id == talent.Id).Select(t => new { t.SearchText, t.SearchBigrams }).SingleAsync(Ct));

        Assert.Equal($"java 开发 o'reilly 考古𝒜 {tag} c语言 山东大学", expected.SearchText);
        Assert.Equal(expected.SearchText, backfilled.SearchText);
        if (app.Provider == DatabaseProvider.Postgres) Assert.Equal(expected.SearchBigrams, backfilled.SearchBigrams); // SQLite never reads them
    }

    [Fact]
    public async Task Migration_KeywordIndexes_ExistOnPostgres()
    {
        var postgres = app.Provider == DatabaseProvider.Postgres;
        var names = await app.IndexNamesAsync("talents_talent");

        Assert.Contains("IX_talents_talent_SharesWithEmployers_IsErased_UpdatedAtUtc", names);
        if (postgres)
        {
            Assert.Contains("IX_talents_talent_SearchText_trgm", names);
            Assert.Contains("IX_talents_talent_SearchBigrams", names);
        }
    }
}
