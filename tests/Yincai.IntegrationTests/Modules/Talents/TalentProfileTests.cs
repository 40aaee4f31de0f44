using Yincai.Modules.Talents.Contracts;
using Yincai.Platform.Protection;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>The talent's own profile pages: personal details, education (summarised onto the record with the
/// categories it implies), job intention, consents and employment status.</summary>
public sealed class TalentProfileTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> Personal(Talent talent, params (string Key, string Value)[] extra) =>
    [
        new("Input.FullName", talent.FullName), new("Province", talent.RegionCode[..2] + "0000"),
        new("Input.HouseholdRegionCode", talent.RegionCode), .. extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)),
    ];

    [Fact]
    [Trait("Rule", "ENT-03")]
    public async Task Education_MastersAtAUniversityOfTheList_SummarisesTheHighestDegreeAndItsCategories()
    {
        using var me = await app.SignedInTalentAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("山东大学", DegreeLevel.Master, "计算机科学与技术", "2024-06-30"));
        var page = await (await me.Browser.GetAsync("/Talents/Profile/Education", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal((DegreeLevel.Master, 2024, "山东大学", "080901"), (talent.HighestDegree, talent.GraduationYear, talent.SchoolName, talent.MajorCode));
        Assert.Equal(TalentCategory.Graduate | TalentCategory.PhdOrMaster, talent.Categories);
        var education = await app.WithDbAsync(db => db.Educations.AsNoTracking().SingleAsync(e => e.TalentId == me.Talent.Id, Ct));
        Assert.Equal("4137010422", education.SchoolCode);
        Assert.Contains("最高学历：硕士研究生，山东大学，2024 年毕业。", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Education_JuniorCollegeMajor_IsStoredWithItsVocationalCode()
    {
        using var me = await app.SignedInTalentAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("青岛职业技术学院", DegreeLevel.Vocational, "软件技术", "2025-06-30"));
        using var found = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            new Dictionary<string, string>(ProfileTestData.Education("青岛职业技术学院", DegreeLevel.Vocational, "软件技术", "2025-06-30")) { ["find"] = "major" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal((DegreeLevel.Vocational, "510203", "软件技术"), (talent.HighestDegree, talent.MajorCode, talent.MajorName));
        Assert.Contains("软件技术（专科 · 510203 · 计算机类）", await found.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task PersonalDetails_DeclaredUnemployedGraduate_KeepsWhatTheEducationImplies()
    {
        using var me = await app.SignedInTalentAsync();
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("青岛大学", DegreeLevel.Bachelor, "080901", "2025-06-30"));

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile", Personal(me.Talent,
            ("Input.Mobile", "+86 139-1234-5678"), ("NativeProvince", "370000"), ("Input.NativePlaceCode", "370781"),
            ("CurrentProvince", "370000"), ("Input.CurrentRegionCode", "370212"), ("Input.Categories", "UnemployedGraduate")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal(TalentCategory.Graduate | TalentCategory.UnemployedGraduate, talent.Categories);
        Assert.Equal(("139****5678", "370781", "370212"), (talent.MobileMasked, talent.NativePlaceCode, talent.CurrentRegionCode));
        Assert.DoesNotContain("13912345678", talent.MobileCipher + talent.MobileIndex, StringComparison.Ordinal);
        Assert.Equal(("080901", "计算机科学与技术"), (talent.MajorCode, talent.MajorName));
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task Education_GraduateProgrammeAbroad_KeepsTheMajorAsTypedAndMarksAReturnee()
    {
        using var me = await app.SignedInTalentAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("University of Edinburgh", DegreeLevel.Master, "MSc Data Science", "2023-11-30", country: "英国"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var education = await app.WithDbAsync(db => db.Educations.AsNoTracking().SingleAsync(e => e.TalentId == me.Talent.Id, Ct));
        Assert.Equal((null, "英国", null, "MSc Data Science"), (education.SchoolCode, education.Country, education.MajorCode, education.MajorName));
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal(TalentCategory.Graduate | TalentCategory.OverseasReturnee | TalentCategory.PhdOrMaster, talent.Categories);
    }

    [Fact]
    public async Task Education_SchoolNotOnTheList_NamesTheFieldAndStoresNothing()
    {
        using var me = await app.SignedInTalentAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("不存在的野鸡大学", DegreeLevel.Bachelor, "法学", "2022-06-30"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("学校：请从全国普通高等学校名单中选择", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Educations.AnyAsync(e => e.TalentId == me.Talent.Id, Ct)));
        Assert.Equal(DegreeLevel.None, (await app.ReloadTalentAsync(me.Talent.Id)).HighestDegree);
    }

    [Fact]
    public async Task Education_FindSchool_ListsTheMatchesToPickFrom()
    {
        using var me = await app.SignedInTalentAsync();
        var fields = ProfileTestData.Education("海洋大学", DegreeLevel.Bachelor, "", "2022-06-30");
        fields["find"] = "school";

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit", fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("中国海洋大学", html, StringComparison.Ordinal);
        Assert.DoesNotContain("学校：请从", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Educations.AnyAsync(e => e.TalentId == me.Talent.Id, Ct)));
    }

    [Fact]
    public async Task Intention_PayFromAboveTo_NamesTheFieldAndChangesNothing()
    {
        using var me = await app.SignedInTalentAsync();

        using var response = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention", new Dictionary<string, string>
        {
            ["Form.SalaryMinYuan"] = "9000", ["Form.SalaryMaxYuan"] = "6000", ["Form.Skills"] = "Python",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("期望月薪：上限不能低于下限。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal((null, null), (talent.SalaryMinYuan, talent.SalaryMaxYuan));
        Assert.Empty(talent.Skills);
    }

    [Fact]
    public async Task Intention_Saved_KeepsRegionsIndustriesTypesAndSkillsAsTags()
    {
        using var me = await app.SignedInTalentAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention",
        [
            new("Form.RegionCodes", "370100"), new("Province", "370000"), new("AddRegionCode", "370202"),
            new("Form.IndustryCodes", "65"), new("Form.IndustryCodes", "73"), new("Form.JobTypes", "FullTime"),
            new("Form.JobTypes", "ResearchAssistant"), new("Form.SalaryMinYuan", "6000"), new("Form.SalaryMaxYuan", "9000"),
            new("Form.Skills", "Python、数据分析，英语六级, python"),
        ]);
        var page = await (await me.Browser.GetAsync("/Talents/Profile/Intention", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal(["370100", "370202"], talent.IntendedRegionCodes);
        Assert.Equal(["65", "73"], talent.IntendedIndustryCodes);
        Assert.Equal([JobType.FullTime, JobType.ResearchAssistant], talent.IntendedJobTypes);
        Assert.Equal((6000, 9000), (talent.SalaryMinYuan, talent.SalaryMaxYuan));
        Assert.Equal(["Python", "数据分析", "英语六级"], talent.Skills);
        Assert.Contains("<span class=\"badge rounded-pill text-bg-secondary\">数据分析</span>", page, StringComparison.Ordinal);
        Assert.Contains("市南区", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-13")]
    public async Task PersonalDetails_DisadvantagedGroups_AreStoredOnlyEncrypted()
    {
        using var me = await app.SignedInTalentAsync();
        using var other = await app.SignedInTalentAsync();
        var mark = await app.LastAuditSequenceAsync();

        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile", Personal(me.Talent,
            ("Input.Disadvantaged", "Disabled"), ("Input.Disadvantaged", "MinimumLivingAllowance")));
        using var none = await YincaiAppFactory.PostFormAsync(other.Browser, "/Talents/Profile", Personal(other.Talent));
        var own = await (await me.Browser.GetAsync("/Talents/Profile", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (saved.StatusCode, none.StatusCode));
        var (mine, theirs) = (await RawCipherAsync(me.Talent.Id), await RawCipherAsync(other.Talent.Id));
        var plain = ((int)(DisadvantagedGroup.Disabled | DisadvantagedGroup.MinimumLivingAllowance)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(plain, mine);
        Assert.DoesNotContain("Disabled", mine, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("残疾", mine, StringComparison.Ordinal);
        Assert.NotEqual("", theirs); // "none" is encrypted too: an empty column would give it away
        var protection = app.Services.GetRequiredService<FieldProtection>();
        Assert.Equal(DisadvantagedGroup.Disabled | DisadvantagedGroup.MinimumLivingAllowance, DisadvantagedGroupProtection.Decrypt(mine, protection));
        Assert.Equal(DisadvantagedGroup.None, DisadvantagedGroupProtection.Decrypt(theirs, protection));
        Assert.Contains("value=\"Disabled\" id=\"dg-Disabled\" checked=\"checked\"", own, StringComparison.Ordinal);
        var audit = string.Concat((await app.AuditEntriesAfterAsync(mark)).Select(a => a.Before + a.After));
        Assert.DoesNotContain(mine, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Disabled", audit, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task Consents_AgreedThenWithdrawn_AppendsEachAnswerWithItsTextVersion()
    {
        using var me = await app.SignedInTalentAsync();
        var answer = (string granted) => YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Consents",
            new Dictionary<string, string> { ["purpose"] = "ShareWithEmployers", ["granted"] = granted });

        using var agreed = await answer("true");
        var whileAgreed = await app.ReloadTalentAsync(me.Talent.Id);
        using var withdrawn = await answer("false");
        var page = await (await me.Browser.GetAsync("/Talents/Profile/Consents", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (agreed.StatusCode, withdrawn.StatusCode));
        var history = await app.WithDbAsync(db => db.Consents.AsNoTracking().Where(c => c.TalentId == me.Talent.Id)
            .OrderBy(c => c.AtUtc).ThenBy(c => c.Id).ToListAsync(Ct));
        Assert.Equal([true, false], history.Select(c => c.Granted));
        Assert.All(history, c => Assert.Equal((ConsentPurpose.ShareWithEmployers, Consent.CurrentTextVersion), (c.Purpose, c.TextVersion)));
        Assert.True(whileAgreed.SharesWithEmployers);
        Assert.False((await app.ReloadTalentAsync(me.Talent.Id)).SharesWithEmployers);
        Assert.Equal(2, CountOf(page, "<td data-label=\"授权事项\">向用人单位展示求职信息</td>"));
    }

    [Fact]
    public async Task Employment_EmployedWithoutEmployer_NamesTheField_ThenWithOneJoinsTheHistory()
    {
        using var me = await app.SignedInTalentAsync();

        using var missing = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Employment",
            new Dictionary<string, string> { ["Form.Employment"] = "Employed", ["Form.EmployerName"] = "" });
        using var saved = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Employment",
            new Dictionary<string, string> { ["Form.Employment"] = "Employed", ["Form.EmployerName"] = "青岛啤酒股份有限公司" });
        var page = await (await me.Browser.GetAsync("/Talents/Profile/Employment", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("工作单位：已就业时请填写工作单位。", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var change = await app.WithDbAsync(db => db.EmploymentChanges.AsNoTracking().SingleAsync(e => e.TalentId == me.Talent.Id, Ct));
        Assert.Equal((EmploymentStatus.Employed, "青岛啤酒股份有限公司", EmploymentSource.Talent), (change.Status, change.EmployerName, change.Source));
        Assert.Equal(EmploymentStatus.Employed, (await app.ReloadTalentAsync(me.Talent.Id)).Employment);
        Assert.Contains("本人填写", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilePages_WithoutPersonalDetails_SendTheTalentToFillThemFirst()
    {
        var user = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);

        using var education = await browser.GetAsync("/Talents/Profile/Education", Ct);
        var personal = await (await browser.GetAsync("/Talents/Profile", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal((HttpStatusCode.Redirect, "/Talents/Profile"), (education.StatusCode, education.Headers.Location?.OriginalString));
        Assert.Contains("请先填写个人信息", personal, StringComparison.Ordinal);
        Assert.Contains($"value=\"{user.Mobile}\"", personal, StringComparison.Ordinal); // the mobile they signed up with
    }

    private async Task<string> RawCipherAsync(Guid talentId)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"DisadvantagedCipher\", \"Id\" FROM talents_talent";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
            if (Guid.Parse(reader.GetValue(1).ToString()!) == talentId) return reader.GetString(0);
        throw new InvalidOperationException("Talent row not found.");
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
