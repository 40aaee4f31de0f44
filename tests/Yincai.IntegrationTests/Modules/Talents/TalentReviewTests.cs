using Yincai.IntegrationTests.Modules.Employers;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>Officers see the whole profile of talents in their scope, with protected fields hidden until an audited
/// reveal, and correct records (employment changes recorded as theirs); hires join the employment history.</summary>
public sealed class TalentReviewTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<SignedInTalent> TalentWithGroupsAsync(DisadvantagedGroup groups)
    {
        var me = await app.SignedInTalentAsync("370202");
        await app.WithServicesAsync(s => s.GetRequiredService<TalentProfiles>().SaveAsync(me.User.Id, me.Talent.FullName, null, "370202",
            new PersonalDetails("13912345678", null, null, TalentCategory.UnemployedGraduate, groups), Ct));
        return me;
    }

    [Fact]
    [Trait("Rule", "GRD-13")]
    public async Task Details_DisadvantagedGroup_IsHiddenUntilAnAuditedReveal()
    {
        using var me = await TalentWithGroupsAsync(DisadvantagedGroup.Disabled);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var page = $"/Talents/Review/Details?id={me.Talent.Id}";
        var mark = await app.LastAuditSequenceAsync();

        var masked = await (await officer.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);
        using var revealed = await YincaiAppFactory.PostFormAsync(officer, page + "&handler=Reveal", new Dictionary<string, string>
        {
            ["id"] = me.Talent.Id.ToString(), ["purpose"] = "subsidy", ["field"] = "disadvantaged",
        }, tokenFrom: page);

        Assert.Contains("已登记（已隐藏）", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("残疾人", masked, StringComparison.Ordinal);
        Assert.Contains("139****5678", masked, StringComparison.Ordinal);
        var clear = await revealed.Content.ReadAsStringAsync(Ct);
        Assert.Contains("残疾人", clear, StringComparison.Ordinal);
        Assert.DoesNotContain(me.IdNumber, clear, StringComparison.Ordinal);
        var view = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.SensitiveView);
        Assert.Equal((nameof(Talent), me.Talent.Id.ToString()), (view.EntityType, view.EntityId));
        Assert.Contains("DisadvantagedGroup", view.After, StringComparison.Ordinal);
        Assert.Contains("subsidy", view.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_FullProfile_ShowsEducationIntentionResumesAndHistories()
    {
        using var me = await TalentWithGroupsAsync(DisadvantagedGroup.None);
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/EducationEdit",
            ProfileTestData.Education("青岛科技大学", DegreeLevel.Bachelor, "化学工程与工艺", "2025-06-30"));
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Intention",
            new Dictionary<string, string> { ["Form.Skills"] = "化工设计、AutoCAD", ["Form.JobTypes"] = "Internship" });
        await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit",
            new Dictionary<string, string> { ["Form.Title"] = "化工岗位简历", ["Form.Text"] = "熟悉化工流程模拟。" }, "Form.Pdf", "cv.pdf", ProfileTestData.Pdf());
        await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Consents",
            new Dictionary<string, string> { ["purpose"] = "ShareWithEmployers", ["granted"] = "true" });
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var page = await (await officer.GetAsync($"/Talents/Review/Details?id={me.Talent.Id}", Ct)).Content.ReadAsStringAsync(Ct);

        foreach (var shown in new[] { "青岛科技大学", "化学工程与工艺", "AutoCAD", "就业见习", "化工岗位简历", "cv.pdf", "离校未就业高校毕业生", "向用人单位展示求职信息" })
            Assert.Contains(shown, page, StringComparison.Ordinal);
        Assert.DoesNotContain(me.IdNumber, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_OfficerSetsEmployed_UpdatesTheRecordAndTheHistoryAsTheOfficers()
    {
        using var me = await TalentWithGroupsAsync(DisadvantagedGroup.None);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var cipherBefore = (await app.ReloadTalentAsync(me.Talent.Id)).DisadvantagedCipher;

        using var saved = await YincaiAppFactory.PostFormAsync(officer, $"/Talents/Review/Edit?id={me.Talent.Id}", new Dictionary<string, string>
        {
            ["Id"] = me.Talent.Id.ToString(), ["Input.Version"] = (await app.ReloadTalentAsync(me.Talent.Id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.FullName"] = "改名后", ["Input.HouseholdRegionCode"] = "370211", ["Input.Mobile"] = "13700001111",
            ["Input.Categories"] = "Student", ["Input.Employment"] = "Employed", ["Input.EmployerName"] = "海尔集团",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal(("改名后", "370211", "137****1111", TalentCategory.Student), (talent.FullName, talent.RegionCode, talent.MobileMasked, talent.Categories));
        Assert.Equal((EmploymentStatus.Employed, "海尔集团"), (talent.Employment, talent.EmployerName));
        Assert.Equal(cipherBefore, talent.DisadvantagedCipher);
        var change = await app.WithDbAsync(db => db.EmploymentChanges.AsNoTracking().SingleAsync(e => e.TalentId == me.Talent.Id, Ct));
        Assert.Equal((EmploymentSource.Officer, "海尔集团"), (change.Source, change.EmployerName));
    }

    [Fact]
    public async Task Edit_HouseholdRegionOutsideTheScope_IsRefusedAndChangesNothing()
    {
        using var me = await TalentWithGroupsAsync(DisadvantagedGroup.None);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        using var response = await YincaiAppFactory.PostFormAsync(officer, $"/Talents/Review/Edit?id={me.Talent.Id}", new Dictionary<string, string>
        {
            ["Id"] = me.Talent.Id.ToString(), ["Input.Version"] = (await app.ReloadTalentAsync(me.Talent.Id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.FullName"] = "迁往济南", ["Input.HouseholdRegionCode"] = "370102", ["Input.Employment"] = "Seeking",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("户籍所在地：只能选择您辖区内的城市或区县。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var talent = await app.ReloadTalentAsync(me.Talent.Id);
        Assert.Equal((me.Talent.FullName, "370202"), (talent.FullName, talent.RegionCode));
    }

    [Fact]
    public async Task Edit_OfficerOfAnotherCity_Gets404()
    {
        using var me = await TalentWithGroupsAsync(DisadvantagedGroup.None);
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var response = await jinan.GetAsync($"/Talents/Review/Edit?id={me.Talent.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Hire_ThroughAnApplication_AddsAnEmploymentHistoryRow()
    {
        using var me = await app.SignedInTalentAsync("370202");
        var (employerUserId, employerName, application) = await app.ApplyToNewJobAsync(me.User.Id, "录用测试岗位");

        foreach (var step in new[] { ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
            await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().MoveAsync(employerUserId, application.Id, step, Ct));
        var page = await (await me.Browser.GetAsync("/Talents/Profile/Employment", Ct)).Content.ReadAsStringAsync(Ct);

        var change = await app.WithDbAsync(db => db.EmploymentChanges.AsNoTracking().SingleAsync(e => e.TalentId == me.Talent.Id, Ct));
        Assert.Equal((EmploymentStatus.Employed, EmploymentSource.Hire, employerName), (change.Status, change.Source, change.EmployerName));
        Assert.Contains("用人单位录用", page, StringComparison.Ordinal);
    }
}
