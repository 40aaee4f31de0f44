using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>
/// The talent pool as officers and employers see it: the officers' filters, the province's natives studying
/// elsewhere (ENT-03), overseas returnees and sharing with employers only by consent (ENT-04).
/// </summary>
public sealed class TalentPoolTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Talent> TalentAsync(string household, string name, DegreeLevel degree = DegreeLevel.Bachelor,
        string school = "山东大学", string? country = null, string major = "计算机科学与技术", string? nativePlace = null,
        int graduationYear = 2026, bool sharesWithEmployers = false, params string[] skills)
    {
        var (_, talent, _) = await app.CreateTalentAsync(household, name);
        return await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            var t = await db.Talents.SingleAsync(x => x.Id == talent.Id, Ct);
            var majorCode = s.GetRequiredService<MajorCatalog>().FindByName(major)?.Code;
            var education = new Education(t.Id, new EducationDetails(null, school, country, degree, majorCode, major, new DateOnly(graduationYear, 6, 30)));
            db.Educations.Add(education);
            t.UpdatePersonal(null, nativePlace, null, TalentCategory.None, DateTime.UtcNow);
            t.SummariseEducation([education], new DateOnly(2026, 11, 27));
            t.SetIntention(["370200"], ["65"], [JobType.FullTime], 8000, 15000, skills, DateTime.UtcNow);
            t.RecordConsent(ConsentPurpose.ShareWithEmployers, sharesWithEmployers);
            await db.SaveChangesAsync(Ct);
            return t;
        });
    }

    private async Task<string> OfficerPageAsync(string scope, string query)
    {
        var officer = await app.CreateStaffAsync(scope, Roles.Officer);
        using var browser = await app.ClientAsync(Via.Cookie, officer.UserName, officer.Password);
        using var response = await browser.GetAsync("/Talents/Review" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task OfficerList_FiltersByDegreeYearMajorAndCategory()
    {
        var tag = Guid.NewGuid().ToString("N")[..4];
        // One surname (and the tag) for the three: the name search matches names from their start.
        var surname = "鲁" + tag;
        await TalentAsync("370202", surname + "甲硕", DegreeLevel.Master, major: "软件工程", graduationYear: 2025);
        await TalentAsync("370202", surname + "乙本", DegreeLevel.Bachelor, major: "软件工程", graduationYear: 2025);
        await TalentAsync("370202", surname + "丙本", DegreeLevel.Bachelor, major: "法学", graduationYear: 2024);

        var masters = await OfficerPageAsync("370200", $"?q={surname}&degree=Master");
        var software2025 = await OfficerPageAsync("370200", $"?q={surname}&major=软件工程&year=2025");
        var scholars = await OfficerPageAsync("370200", $"?q={surname}&category=PhdOrMaster");

        Assert.Contains(Talent.MaskName(surname + "甲硕"), masters, StringComparison.Ordinal);
        Assert.Contains("共 1 人", masters, StringComparison.Ordinal);
        Assert.Contains("共 2 人", software2025, StringComparison.Ordinal);
        Assert.DoesNotContain("法学", software2025, StringComparison.Ordinal);
        Assert.Contains("共 1 人", scholars, StringComparison.Ordinal);
    }

    /// <summary>The unfiltered list counts the household part of the scope first (from the region index); while that part is
    /// under the cap the whole scope is counted, natives living elsewhere included.</summary>
    [Fact]
    public async Task OfficerList_Unfiltered_CountsAndListsNativesLivingElsewhere()
    {
        var tag = Guid.NewGuid().ToString("N")[..4];
        var before = CountOn(await OfficerPageAsync("370281", ""));
        await TalentAsync("370281", "胶" + tag + "户");
        await TalentAsync("110108", "胶" + tag + "籍", nativePlace: "370281");

        var page = await OfficerPageAsync("370281", "");

        Assert.Equal(before + 2, CountOn(page));
        Assert.Contains(Talent.MaskName("胶" + tag + "户"), page, StringComparison.Ordinal);
        Assert.Contains(Talent.MaskName("胶" + tag + "籍"), page, StringComparison.Ordinal);
    }

    /// <summary>The shared capped count with a part counted first: when the part alone passes the cap the list says so
    /// without counting the whole; when it does not, the whole is counted exactly.</summary>
    [Fact]
    public async Task CappedCount_WithAPartCountedFirst_CapsOnThePartOrCountsTheWhole()
    {
        var surname = "莒" + Guid.NewGuid().ToString("N")[..4];
        await TalentAsync("370202", surname + "甲");
        await TalentAsync("370202", surname + "乙");
        await TalentAsync("110108", surname + "丙", nativePlace: "370202");

        var (passed, counted) = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            var all = db.Talents.AsNoTracking().Where(t => t.FullName.StartsWith(surname));
            var household = all.Where(t => t.RegionCode.StartsWith("370202"));
            IQueryable<Guid> Page(int skip, int take) => all.OrderByDescending(t => t.Id).Select(t => t.Id).Skip(skip).Take(take);
            return (await all.ToCappedPagedListAsync(Page, 1, 30, countCap: 1, Ct, household),
                await all.ToCappedPagedListAsync(Page, 1, 30, countCap: 5, Ct, household));
        });

        Assert.True(passed.TotalIsCapped);
        Assert.Equal(1, passed.Total);
        Assert.False(counted.TotalIsCapped);
        Assert.Equal(3, counted.Total);
        Assert.Equal(3, counted.Items.Count);
    }

    private static int CountOn(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, @"共 ([\d,]+) 人");
        Assert.True(match.Success, "the list shows its count");
        return int.Parse(match.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task OfficerList_ShowsNamesMaskedAndIdNumbersMasked()
    {
        var tag = Guid.NewGuid().ToString("N")[..4];
        var talent = await TalentAsync("370202", "王" + tag + "明");

        var page = await OfficerPageAsync("370200", $"?q=王{tag}");

        Assert.DoesNotContain("王" + tag + "明", page, StringComparison.Ordinal);
        Assert.Contains("王" + new string('*', tag.Length) + "明", page, StringComparison.Ordinal);
        Assert.Contains(talent.IdNumberMasked, page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-03")]
    public async Task NativeMasterStudyingElsewhere_IsInTheProvincesScholarList_ButOnlyHouseholdOfficersMayEdit()
    {
        var tag = Guid.NewGuid().ToString("N")[..4];
        // Household moved to Beijing with the university; native of Qingdao.
        var scholar = await TalentAsync("110108", "赵" + tag + "博", DegreeLevel.Doctorate, school: "北京大学", nativePlace: "370202");
        await TalentAsync("110108", "赵" + tag + "京", DegreeLevel.Doctorate, school: "北京大学", nativePlace: "110108");

        var list = await OfficerPageAsync("370000", $"?q=赵{tag}&category=PhdOrMaster&native=370000");
        var otherProvince = await OfficerPageAsync("320000", $"?q=赵{tag}");
        var qingdao = await app.CreateStaffAsync("370200", Roles.Officer);
        using var browser = await app.ClientAsync(Via.Cookie, qingdao.UserName, qingdao.Password);
        using var details = await browser.GetAsync($"/Talents/Review/Details?id={scholar.Id}", Ct);

        Assert.Contains("共 1 人", list, StringComparison.Ordinal);
        Assert.Contains(Talent.MaskName("赵" + tag + "博"), list, StringComparison.Ordinal);
        Assert.Contains("共 0 人", otherProvince, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        // Reading is allowed to the native place; writing stays with the household region's officers.
        var write = await Assert.ThrowsAsync<ScopeViolationException>(() => app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            s.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext
            {
                User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                    [new System.Security.Claims.Claim(CurrentUser.ScopeClaim, "370200")], "test")),
            };
            var t = await db.Talents.SingleAsync(x => x.Id == scholar.Id, Ct);
            t.RecordEmployment(EmploymentStatus.Employed, "某公司", DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        }));
        Assert.Equal(nameof(Talent), write.EntityType);
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task OverseasReturnee_IsInTheReturneeList()
    {
        var tag = Guid.NewGuid().ToString("N")[..4];
        await TalentAsync("370202", "孙" + tag + "海", DegreeLevel.Master, school: "University of Manchester", country: "英国");
        await TalentAsync("370202", "孙" + tag + "本", DegreeLevel.Bachelor);

        var returnees = await OfficerPageAsync("370200", $"?q=孙{tag}&category=OverseasReturnee");

        Assert.Contains("共 1 人", returnees, StringComparison.Ordinal);
        Assert.Contains(Talent.MaskName("孙" + tag + "海"), returnees, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public async Task EmployerSearch_ShowsOnlyTalentsWhoConsented_ToVerifiedEmployers_AndAuditsEachView()
    {
        var skill = "量子" + Guid.NewGuid().ToString("N")[..6];
        var shared = await TalentAsync("370202", "周同意", DegreeLevel.Master, sharesWithEmployers: true, skills: [skill]);
        var hidden = await TalentAsync("370202", "吴拒绝", DegreeLevel.Master, sharesWithEmployers: false, skills: [skill]);
        var (owner, employer) = await app.RegisterEmployerAsync("370200");
        using var browser = await app.ClientAsync(Via.Cookie, owner.UserName, owner.Password);

        var beforeVerification = await browser.GetStringAsync($"/Talents/Search?q={skill}", Ct);
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        var search = await browser.GetStringAsync($"/Talents/Search?q={skill}", Ct);
        var mark = await app.LastAuditSequenceAsync();
        using var sharedView = await browser.GetAsync($"/Talents/Search/Details?id={shared.Id}", Ct);
        using var hiddenView = await browser.GetAsync($"/Talents/Search/Details?id={hidden.Id}", Ct);

        Assert.DoesNotContain("周*", beforeVerification, StringComparison.Ordinal);
        Assert.Contains("周*", search, StringComparison.Ordinal);
        Assert.DoesNotContain("吴*", search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sharedView.StatusCode);
        var profile = await sharedView.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(shared.IdNumberMasked, profile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hiddenView.StatusCode);
        var audit = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audit, a => a.Action == AuditActions.SensitiveView && a.EntityId == shared.Id.ToString() && a.ActorId == owner.Id);
    }

    [Fact]
    public async Task EmployerSearch_WithdrawnConsent_TakesTheTalentOutOfTheSearch()
    {
        var skill = "焊接" + Guid.NewGuid().ToString("N")[..6];
        var talent = await TalentAsync("370202", "郑撤回", sharesWithEmployers: true, skills: [skill]);
        var (owner, employer) = await app.RegisterEmployerAsync("370200");
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            (await db.Talents.SingleAsync(t => t.Id == talent.Id, Ct)).RecordConsent(ConsentPurpose.ShareWithEmployers, false);
            await db.SaveChangesAsync(Ct);
        });
        using var browser = await app.ClientAsync(Via.Cookie, owner.UserName, owner.Password);

        var search = await browser.GetStringAsync($"/Talents/Search?q={skill}", Ct);

        Assert.DoesNotContain("郑*", search, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的人才", search, StringComparison.Ordinal);
    }
}
