using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Graduates;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>GRD-13: disadvantaged graduates listed only with a purpose and every view recorded, the groups encrypted at rest, a plan
/// with a named officer and dated steps, followed until the graduate is placed.</summary>
public sealed class HelpPlanTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    [Fact]
    [Trait("Rule", "GRD-13")]
    public async Task Disadvantaged_ListedOnlyWithAPurpose_EachListingRecorded_TheGroupsEncryptedAtRest()
    {
        var (officer, browser) = await app.OfficerAsync("370612");
        var poor = await app.RegisterAsync(Person("370612", "困难生") with { Disadvantaged = DisadvantagedGroup.MinimumLivingAllowance });
        await app.RegisterAsync(Person("370612", "普通生"));
        var sequence = await app.LastAuditSequenceAsync();

        using var withoutPurpose = await browser.SubmitFormAsync("/Graduates/Disadvantaged", new() { ["Purpose"] = "", ["County"] = "" });
        var refused = await withoutPurpose.Content.ReadAsStringAsync(Ct);
        using var listed = await browser.SubmitFormAsync("/Graduates/Disadvantaged", new() { ["Purpose"] = "help_plan", ["County"] = "" });
        var page = await listed.Content.ReadAsStringAsync(Ct);

        Assert.Contains("请选择查看目的", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("困*生", refused, StringComparison.Ordinal);
        Assert.Contains("困*生", page, StringComparison.Ordinal);
        Assert.Contains("低保家庭", page, StringComparison.Ordinal);
        Assert.DoesNotContain("普*生", page, StringComparison.Ordinal);
        var views = (await app.AuditEntriesAfterAsync(sequence)).Where(a => a.Action == AuditActions.SensitiveView).ToList();
        var view = Assert.Single(views);
        Assert.Equal(officer.UserName, view.ActorName);
        Assert.Contains("help_plan", view.After, StringComparison.Ordinal);
        var cipher = await app.WithDbAsync(db => db.Talents.AsNoTracking().Where(t => t.Id == poor.TalentId).Select(t => t.DisadvantagedCipher).SingleAsync(Ct));
        Assert.NotEqual(((int)DisadvantagedGroup.MinimumLivingAllowance).ToString(CultureInfo.InvariantCulture), cipher);
        Assert.DoesNotContain("MinimumLivingAllowance", cipher, StringComparison.Ordinal);
        Assert.True(cipher.Length > 16);
    }

    [Fact]
    [Trait("Rule", "GRD-13")]
    public async Task Plan_NamedOfficerAndDatedSteps_EachViewRecorded_ClosesWhenThePersonIsEmployed()
    {
        var (officer, browser) = await app.OfficerAsync("370613");
        var graduate = await app.RegisterAsync(Person("370613", "帮扶对象") with { Disadvantaged = DisadvantagedGroup.Disabled });
        var (_, other) = await app.OfficerAsync("370614");

        using var create = await browser.SubmitFormAsync("/Graduates/Disadvantaged?handler=Plan", new() { ["graduateId"] = graduate.Id.ToString() },
            "/Graduates/Disadvantaged");
        using var step = await browser.SubmitFormAsync($"/Graduates/HelpPlan?id={graduate.Id}&handler=Step", new()
        {
            ["id"] = graduate.Id.ToString(), ["Step.DueOn"] = Iso(Today.AddDays(5)), ["Step.Action"] = "联系残联推荐岗位",
        }, $"/Graduates/HelpPlan?id={graduate.Id}");
        using var pastStep = await browser.SubmitFormAsync($"/Graduates/HelpPlan?id={graduate.Id}&handler=Step", new()
        {
            ["id"] = graduate.Id.ToString(), ["Step.DueOn"] = Iso(Today.AddDays(-1)), ["Step.Action"] = "昨天的措施",
        }, $"/Graduates/HelpPlan?id={graduate.Id}");
        var sequence = await app.LastAuditSequenceAsync();
        var plan = await browser.GetPageAsync($"/Graduates/HelpPlan?id={graduate.Id}");
        var views = (await app.AuditEntriesAfterAsync(sequence)).Where(a => a.Action == AuditActions.SensitiveView).ToList();
        using var elsewhere = await other.GetAsync($"/Graduates/HelpPlan?id={graduate.Id}", Ct);
        await app.WithServicesAsync(async s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(officer.Id, officer.UserName, "370613", [Roles.Officer]);
            var db = s.GetRequiredService<YincaiDb>();
            var tracked = await db.Graduates.SingleAsync(g => g.Id == graduate.Id, Ct);
            Assert.False((await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(tracked, GraduateOutcome.Employed, Today, "劳动合同", "某公司",
                OutcomeSource.Officer, Ct)).IsError);
            await db.SaveChangesAsync(Ct);
        });
        var stored = await app.WithDbAsync(db => db.HelpPlans.AsNoTracking().SingleAsync(p => p.GraduateId == graduate.Id, Ct));

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        Assert.Contains("完成期限不能早于今天", await pastStep.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("联系残联推荐岗位", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("昨天的措施", plan, StringComparison.Ordinal);
        Assert.Contains("残疾", plan, StringComparison.Ordinal);
        Assert.Contains("测试工作人员", plan, StringComparison.Ordinal);
        Assert.Contains(views, v => v.EntityId == graduate.TalentId.ToString() && v.After!.Contains("help_plan", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal((officer.Id, Today), (stored.OfficerId, stored.ClosedOn!.Value));
    }

    [Fact]
    [Trait("Rule", "GRD-13")]
    public async Task Plan_ForAGraduateWithNoDisadvantagedGroup_IsRefused()
    {
        var (_, browser) = await app.OfficerAsync("370681");
        var graduate = await app.RegisterAsync(Person("370681"));

        using var create = await browser.SubmitFormAsync("/Graduates/Disadvantaged?handler=Plan", new() { ["graduateId"] = graduate.Id.ToString() },
            "/Graduates/Disadvantaged");

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal("/Graduates/Disadvantaged", create.Headers.Location!.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.HelpPlans.AnyAsync(p => p.GraduateId == graduate.Id, Ct)));
    }
}
