using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>The province keeps the filing deadlines and the evaluation weights as data: what it sets is what the cities
/// count down to and what the year is scored by; city officers only read them; bad input changes nothing.</summary>
public sealed class AmbassadorSettingsTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private const string Page = "/Ambassadors/Settings";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ProvinceAsync() => app.ClientAsync(Via.Cookie, "officer.sd");

    private Task<List<FilingWindow>> WindowsAsync() => app.WithDbAsync(db => db.FilingWindows.AsNoTracking().OrderBy(w => w.DueOn).ToListAsync(Ct));

    private Task<Dictionary<ContributionKind, int>> WeightsAsync() =>
        app.WithDbAsync(db => db.ContributionWeights.AsNoTracking().ToDictionaryAsync(w => w.Kind, w => w.Points, Ct));

    private static string Countdown(DateOnly due) => $"下一个备案截止日：{due.Year}年{due.Month}月{due.Day}日";

    [Fact]
    [Trait("Rule", "AMB-13")]
    [Trait("Rule", "AMB-15")]
    public async Task ProvinceAddsADeadline_CitiesCountDownToIt_AndRemovingItRestoresTheNextOnFile()
    {
        using var province = await ProvinceAsync();
        var (_, city) = await app.OfficerAsync("370200");
        var onFile = (await WindowsAsync()).First(w => w.DueOn >= Today).DueOn;
        var due = Today.AddDays(1) == onFile ? Today : Today.AddDays(1);

        using var added = await province.SubmitFormAsync(Page + "?handler=AddWindow",
            new() { ["NewYear"] = due.Year.ToString(), ["NewKind"] = nameof(FilingWindowKind.Changes), ["NewDueOn"] = Iso(due) }, Page);
        var withNew = await city.GetPageAsync("/Ambassadors/Batches");
        var window = (await WindowsAsync()).Single(w => w.DueOn == due);
        using var removed = await province.SubmitFormAsync(Page + "?handler=RemoveWindow", new() { ["windowId"] = window.Id.ToString() }, Page);
        var without = await city.GetPageAsync("/Ambassadors/Batches");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(Countdown(due), withNew, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains(Countdown(onFile), without, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-15")]
    public async Task ProvinceMovesAComingDeadline_ButNotOnePassedOrOutsideItsYear()
    {
        using var province = await ProvinceAsync();
        var windows = await WindowsAsync();
        var passed = windows.Last(w => w.DueOn < Today);
        var coming = windows.Last(w => w.DueOn.Year == 2035);
        var before = windows.ToDictionary(w => w.Id, w => w.DueOn);

        using var movePassed = await province.SubmitFormAsync(Page + "?handler=MoveWindow",
            new() { ["windowId"] = passed.Id.ToString(), ["dueOn"] = Iso(Today.AddDays(10)) }, Page);
        using var outOfYear = await province.SubmitFormAsync(Page + "?handler=MoveWindow",
            new() { ["windowId"] = coming.Id.ToString(), ["dueOn"] = "2036-01-15" }, Page);
        using var ontoAnother = await province.SubmitFormAsync(Page + "?handler=MoveWindow",
            new() { ["windowId"] = coming.Id.ToString(), ["dueOn"] = "2035-05-31" }, Page);
        var unchanged = (await WindowsAsync()).ToDictionary(w => w.Id, w => w.DueOn);
        using var moved = await province.SubmitFormAsync(Page + "?handler=MoveWindow",
            new() { ["windowId"] = coming.Id.ToString(), ["dueOn"] = "2035-12-15" }, Page);

        Assert.Contains("已过的截止日期不可修改或删除", await movePassed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("截止日期须在所填年份之内", await outOfYear.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("该日期已有一个备案截止日期", await ontoAnother.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(new DateOnly(2035, 12, 15), (await WindowsAsync()).Single(w => w.Id == coming.Id).DueOn);
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public async Task Weights_OneOutOfRange_NamesItsKindAndChangesNone_ValidOnesScoreTheYear()
    {
        using var province = await ProvinceAsync();
        var (_, city) = await app.OfficerAsync("370300");
        var organiser = await app.ActiveAsync(Candidate("370300", "活动组织者"));
        using var contributed = await city.SubmitFormAsync($"/Ambassadors/Details?id={organiser.Id}&handler=Contribution", new()
        {
            ["id"] = organiser.Id.ToString(), ["kind"] = nameof(ContributionKind.EventOrganised), ["on"] = Iso(Today), ["quantity"] = "2",
            ["description"] = "组织两场校园宣讲",
        }, $"/Ambassadors/Details?id={organiser.Id}");
        var before = await WeightsAsync();
        var fields = before.ToDictionary(w => $"points[{w.Key}]", w => w.Value.ToString());

        fields[$"points[{ContributionKind.EventOrganised}]"] = "7";
        fields[$"points[{ContributionKind.ReferralHire}]"] = "5000";
        using var refused = await province.SubmitFormAsync(Page + "?handler=Weights", fields, Page);
        var afterRefused = await WeightsAsync();
        fields[$"points[{ContributionKind.ReferralHire}]"] = "12";
        using var saved = await province.SubmitFormAsync(Page + "?handler=Weights", fields, Page);
        using var scored = await city.SubmitFormAsync("/Ambassadors/Evaluation?handler=Score", new() { ["year"] = Today.Year.ToString() }, "/Ambassadors/Evaluation");

        Assert.Contains("“链接带来的录用”的分值须为 0 到 1000 之间的整数", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, afterRefused);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((7, 12), ((await WeightsAsync())[ContributionKind.EventOrganised], (await WeightsAsync())[ContributionKind.ReferralHire]));
        Assert.Equal(14, await app.WithDbAsync(db => db.AmbassadorEvaluations.Where(e => e.AmbassadorId == organiser.Id).Select(e => e.Score).SingleAsync(Ct)));
    }

    [Fact]
    public async Task CityOfficer_SeesTheSettingsButCannotChangeThem()
    {
        var (_, city) = await app.OfficerAsync("370400");
        var before = await WeightsAsync();
        var windows = await WindowsAsync();

        var page = await city.GetPageAsync(Page);
        var all = await city.GetPageAsync(Page + "?all=true");
        using var weights = await city.SubmitFormAsync(Page + "?handler=Weights",
            new() { [$"points[{ContributionKind.EventOrganised}]"] = "99" }, Page);
        using var remove = await city.SubmitFormAsync(Page + "?handler=RemoveWindow",
            new() { ["windowId"] = windows.Last().Id.ToString() }, Page);

        Assert.Contains("以下设置由省级人社部门维护", page, StringComparison.Ordinal);
        // Last year to two years ahead by default, every year on request.
        Assert.Contains($"data-testid=\"window-{Today.Year}-11-30\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"window-2034-11-30\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"window-2034-11-30\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Weights", page, StringComparison.Ordinal);
        Assert.Contains("只有省级经办人可以修改大使工作设置", await weights.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("只有省级经办人可以修改大使工作设置", await remove.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await WeightsAsync());
        Assert.Equal(windows.Count, (await WindowsAsync()).Count);
    }
}
