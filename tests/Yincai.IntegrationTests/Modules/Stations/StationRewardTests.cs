using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Stations.Rewards;
using static Yincai.IntegrationTests.Modules.Stations.StationRunTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// Reward claims (STN-13) through their pages: a station claims for a high-level talent only with a hire it referred (not
/// another station's, not twice), or once a year for its events; the program's officers approve an amount up to the claim or
/// refuse with a reason; a district's officer decides nothing.
/// </summary>
public sealed class StationRewardTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A hire of a talent the station referred, as the jobs module records it (an application moved to hired).</summary>
    private async Task<Guid> HireAsync(Guid? stationId, string title)
    {
        var (_, job) = await app.PublishedJobAsync(title + Guid.NewGuid().ToString("N")[..6], "370202");
        var talent = await app.TalentWithMobileAsync("高层次人才");
        return await app.WithDbAsync(async db =>
        {
            var application = new JobApplication(await db.Jobs.IgnoreQueryFilters().SingleAsync(j => j.Id == job.Id, Ct), talent.TalentId, talent.User.Id,
                talent.FullName, null, stationId, DateTime.UtcNow);
            foreach (var step in new[] { ApplicationStatus.Viewed, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired })
                Assert.False(application.MoveTo(step, DateTime.UtcNow).IsError);
            db.JobApplications.Add(application);
            await db.SaveChangesAsync(Ct);
            return application.Id;
        });
    }

    private static Task<HttpResponseMessage> ClaimAsync(HttpClient operatorBrowser, Guid station, RewardKind kind, Guid? application, decimal amount, int? year = null) =>
        YincaiAppFactory.PostFormAsync(operatorBrowser, $"/Stations/Rewards?station={station}", new Dictionary<string, string>
        {
            ["station"] = station.ToString(), ["kind"] = kind.ToString(), ["application"] = application?.ToString() ?? "",
            ["year"] = (year ?? DateTime.UtcNow.AddHours(8).Year).ToString(CultureInfo.InvariantCulture),
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture), ["reason"] = "引进集成电路领域高层次人才。",
        }, tokenFrom: $"/Stations/Rewards?station={station}");

    private static Task<HttpResponseMessage> DecideAsync(HttpClient officer, RewardClaim claim, string handler, decimal? amount, string? note) =>
        YincaiAppFactory.PostFormAsync(officer, $"/Stations/Rewards/Review?handler={handler}", new Dictionary<string, string>
        {
            ["claim"] = claim.Id.ToString(), ["version"] = claim.Version.ToString(CultureInfo.InvariantCulture),
            ["amount"] = amount?.ToString(CultureInfo.InvariantCulture) ?? "", ["note"] = note ?? "",
        }, tokenFrom: "/Stations/Rewards/Review");

    private Task<List<RewardClaim>> ClaimsAsync(Guid station) =>
        app.WithDbAsync(db => db.StationRewards.IgnoreQueryFilters().Where(r => r.StationId == station).ToListAsync(Ct));

    private static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    [Fact]
    [Trait("Rule", "STN-13")]
    public async Task HighLevelHire_WithoutALinkedHire_IsRefused_WithItsOwnHire_IsClaimedOnce_AndApprovedUpToTheClaim()
    {
        var station = await app.RunStationAsync("引才奖励人才驿站");
        var other = await app.RunStationAsync("别家人才驿站");
        var otherHire = await HireAsync(other.Id, "别家推荐岗位");
        var notReferred = await HireAsync(null, "自行投递岗位");
        var ownHire = await HireAsync(station.Id, "本站推荐岗位");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);
        using var district = await app.ClientAsync(Via.Cookie, DemoUsers.CountyOfficer);

        using var none = await ClaimAsync(operatorBrowser, station.Id, RewardKind.HighLevelHire, null, 20000m);
        using var others = await ClaimAsync(operatorBrowser, station.Id, RewardKind.HighLevelHire, otherHire, 20000m);
        using var unreferred = await ClaimAsync(operatorBrowser, station.Id, RewardKind.HighLevelHire, notReferred, 20000m);
        var refusedCount = (await ClaimsAsync(station.Id)).Count;
        var form = await operatorBrowser.GetStringAsync($"/Stations/Rewards?station={station.Id}", Ct);
        using var claimed = await ClaimAsync(operatorBrowser, station.Id, RewardKind.HighLevelHire, ownHire, 20000m);
        using var twice = await ClaimAsync(operatorBrowser, station.Id, RewardKind.HighLevelHire, ownHire, 20000m);
        var claim = (await ClaimsAsync(station.Id)).Single();
        using var byDistrict = await DecideAsync(district, claim, "Approve", 20000m, null);
        using var tooMuch = await DecideAsync(officer, claim, "Approve", 30000m, null);
        using var approved = await DecideAsync(officer, claim, "Approve", 15000m, "按中介引才奖励政策核定。");
        var list = await operatorBrowser.GetStringAsync($"/Stations/Rewards?station={station.Id}", Ct);

        Assert.All([none, others, unreferred], r => Assert.Contains("没有经本站推荐入职的这条记录", TextAsync(r).Result, StringComparison.Ordinal));
        Assert.Equal(0, refusedCount);
        Assert.Contains(ownHire.ToString(), form, StringComparison.Ordinal);
        Assert.DoesNotContain(otherHire.ToString(), form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        Assert.Contains("没有经本站推荐入职的这条记录", await TextAsync(twice), StringComparison.Ordinal);
        Assert.Equal(ownHire, claim.ApplicationId);
        Assert.Contains("本站推荐岗位", claim.HireText, StringComparison.Ordinal);
        Assert.Contains("该申报当前环节不由您所在的部门办理。", await TextAsync(byDistrict), StringComparison.Ordinal);
        Assert.DoesNotContain(station.Name, await district.GetStringAsync("/Stations/Rewards/Review", Ct), StringComparison.Ordinal);
        Assert.Contains("金额应大于0且不超过申请金额", await TextAsync(tooMuch), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var decided = (await ClaimsAsync(station.Id)).Single();
        Assert.Equal((RewardStatus.Approved, 1_500_000L), (decided.Status, decided.ApprovedFen));
        Assert.Contains("已批准", list, StringComparison.Ordinal);
        Assert.Contains("15,000.00", list, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-13")]
    public async Task YearlyActivity_ClaimedOncePerYear_RefusedWithAReason_CanBeClaimedAgain()
    {
        var station = await app.RunStationAsync("活动奖补人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        using var officer = await app.ClientAsync(Via.Cookie, DemoUsers.QingdaoOfficer);

        using var first = await ClaimAsync(operatorBrowser, station.Id, RewardKind.YearlyActivity, null, 50000m);
        using var second = await ClaimAsync(operatorBrowser, station.Id, RewardKind.YearlyActivity, null, 50000m);
        var claim = (await ClaimsAsync(station.Id)).Single();
        using var noReason = await DecideAsync(officer, claim, "Reject", null, null);
        using var rejected = await DecideAsync(officer, claim, "Reject", null, "活动材料不全，请补充后重新申请。");
        using var again = await ClaimAsync(operatorBrowser, station.Id, RewardKind.YearlyActivity, null, 40000m);
        var list = await operatorBrowser.GetStringAsync($"/Stations/Rewards?station={station.Id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("该奖励已经申请过。", await TextAsync(second), StringComparison.Ordinal);
        Assert.Contains("请填写理由。", await TextAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, (await ClaimsAsync(station.Id)).Count);
        Assert.Contains("活动材料不全，请补充后重新申请。", list, StringComparison.Ordinal);
    }
}
