using System.Diagnostics;
using System.Text.Json;
using Yincai.IntegrationTests.Modules.Employers;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>
/// The six finds' small sets held in memory (offices, stations, project demands, talents' projects): what a search shows
/// follows a change at once on the copy that saved it and within a few feed rounds on another, a posting drops out at
/// midnight in Beijing on its last day while its set is still held, and each region's officers get the set of their scope.
/// </summary>
[Trait("Rule", "STN-12")]
public sealed class SixFindsSetsTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private async Task<ProjectDemand> DemandAsync(string title, DateOnly validUntil, bool publish = true)
    {
        var (user, _) = await app.RegisterVerifiedEmployerAsync("370202");
        var demand = (await app.WithServicesAsync(s => s.GetRequiredService<ProjectDemands>().SaveAsync(user.Id, null, new ProjectDemandForm
        {
            Title = title, Description = "寻求高校团队合作共建实训基地，周期两年。", IndustryCode = "26", RegionCode = "370202",
            Mode = CooperationMode.JointResearch, ValidUntil = validUntil,
        }, submit: true, Ct))).Value!;
        if (publish) await PublishAsync(app, demand);
        return demand;
    }

    private static Task PublishAsync(YincaiAppFactory copy, ProjectDemand demand) =>
        copy.WithDbAsync(async db =>
        {
            (await db.ProjectDemands.SingleAsync(d => d.Id == demand.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string query, string kind)
    {
        using var response = await client.GetAsync("/api/v1/finds?q=" + Uri.EscapeDataString(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var group = result.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == kind);
        return group.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task Demand_PublishedAfterItsSetWasRead_IsFoundAtOnce_AndOnAnotherCopyWithinAFewFeedRounds()
    {
        await using var second = app.SecondCopy();
        await second.InitializeAsync();
        var word = "孵化" + Tag();
        var demand = await DemandAsync("共建实验室" + word, app.ChinaToday.AddMonths(3), publish: false);
        using var here = app.CreateClient();
        using var there = second.CreateClient();
        // Both copies read the open demands now and keep them.
        Assert.Empty(await TitlesAsync(here, word, "projects"));
        Assert.Empty(await TitlesAsync(there, word, "projects"));

        await PublishAsync(app, demand);
        var foundHere = await TitlesAsync(here, word, "projects");
        var watch = Stopwatch.StartNew();
        var foundThere = false;
        // The feed is read every second; ten leave room for a loaded machine and still prove the eviction, since the set
        // would otherwise be kept for its 30 s.
        while (!foundThere && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            foundThere = (await TitlesAsync(there, word, "projects")).Count == 1;
            if (!foundThere) await Task.Delay(50, Ct);
        }

        Assert.Equal(["共建实验室" + word], foundHere);
        Assert.True(foundThere, $"not found on the other copy after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Demand_ValidUntilTomorrow_IsFoundAt2359InBeijingThatDay_AndNotAtMidnight_WhileItsSetIsHeld()
    {
        var word = "见习" + Tag();
        var lastDay = app.ChinaToday.AddDays(1);
        await DemandAsync("数据标注合作" + word, lastDay);
        using var anonymous = app.CreateClient();

        app.SetUtc(ChinaClock.StartOfDayUtc(lastDay.AddDays(1)).AddMinutes(-1));
        var lastMinute = await TitlesAsync(anonymous, word, "projects");
        app.SetUtc(ChinaClock.StartOfDayUtc(lastDay.AddDays(1)));
        var midnight = await TitlesAsync(anonymous, word, "projects");

        Assert.Equal(["数据标注合作" + word], lastMinute);
        Assert.Empty(midnight);
    }

    [Fact]
    public async Task Office_InQingdao_IsFoundByThePublicAndQingdaosOfficer_NotByJinansOfficer()
    {
        var tag = Tag();
        await app.WithDbAsync(async db =>
        {
            db.Offices.Add(new Office("370202", "市南区就业服务站" + tag, "青岛市市南区香港中路8号", "0532-12333", "工作日 9:00–17:00"));
            await db.SaveChangesAsync(Ct);
        });
        using var anonymous = app.CreateClient();
        using var qingdao = await app.ClientAsync(Via.Bearer, "officer.qd");
        using var jinan = await app.ClientAsync(Via.Bearer, "officer.jn");

        // The public's set first: every office.
        var asPublic = await TitlesAsync(anonymous, tag, "platforms");
        var asJinan = await TitlesAsync(jinan, tag, "platforms");
        var asQingdao = await TitlesAsync(qingdao, tag, "platforms");

        Assert.Equal(["市南区就业服务站" + tag], asPublic);
        Assert.Empty(asJinan);
        Assert.Equal(["市南区就业服务站" + tag], asQingdao);
    }
}
