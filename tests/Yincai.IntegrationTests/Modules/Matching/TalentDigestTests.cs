using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Events;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Digests;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform.Protection;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>
/// Issue 20: every talent gets a weekly digest of the week's new jobs that matching ranks for them, the new events of their city and the
/// new policies of their region, with a one-click unsubscribe that works without signing in; none when there is nothing new or they
/// unsubscribed; one a week, whichever round or copy of the app sends it; an ambassador gets their own digest and no second one.
/// Each test makes its data in the current digest week and moves the clock to the next digest moment (Monday 08:00 in Beijing).
/// </summary>
public sealed partial class TalentDigestTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Digest_ListsTheNewMatchingJobAndTheCitysNewEvent_ByEmail_AndItsUnsubscribeLinkWorksWithoutSigningIn()
    {
        var skill = "数字孪生" + Suffix();
        var (user, _) = await TalentAsync("371702", ["371700"], [skill]);
        var address = "talent." + Suffix() + "@mail.yincai.example";
        await SetEmailAsync(user.Id, address);
        var job = await PublishedJobAsync("孪生建模工程师" + Suffix(), "371702", skill);
        var fair = await app.PublishedEventAsync(capacity: 50, region: "371700", title: "菏泽专场招聘会 " + Suffix());
        var elsewhere = await app.PublishedEventAsync(capacity: 50, region: "370200", title: "青岛专场招聘会 " + Suffix());
        var week = await NextDigestMomentAsync(job.Id);

        await SendAsync();
        await app.WithServicesAsync(s => s.GetRequiredService<OutboxDelivery>().DeliverDueAsync(Ct));

        var digest = Assert.Single(await DigestsAsync(user.Id, week));
        var values = MessageTemplates.Values(digest.Values!);
        Assert.Contains($"{job.Title}（", values[3], StringComparison.Ordinal);
        Assert.Contains($"/Jobs/View?id={job.Id}", values[3], StringComparison.Ordinal);
        Assert.Contains($"/Events/View?id={fair.Id}", values[3], StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere.Id.ToString(), values[3], StringComparison.Ordinal);
        Assert.Equal("/Matching", digest.Link);
        var index = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<FieldProtection>().BlindIndex(address)));
        var mail = await app.WithDbAsync(db => db.DevelopmentMessages.AsNoTracking().SingleAsync(m => m.AddressIndex == index && m.Channel == Channel.Email, Ct));
        Assert.StartsWith("引才信息推送：", mail.Subject);
        Assert.Contains(job.Title, mail.Text, StringComparison.Ordinal);
        var link = UnsubscribeLink().Match(mail.Text);
        Assert.True(link.Success, mail.Text);

        // The pages the digest links to are there for anyone; the unsubscribe link works without signing in.
        using var anonymous = app.CreateBrowser();
        foreach (var page in new[] { $"/Jobs/View?id={job.Id}", $"/Events/View?id={fair.Id}" })
        {
            using var response = await anonymous.GetAsync(page, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using (var done = await anonymous.GetAsync("/Notifications/Unsubscribe?token=" + link.Groups["token"].Value, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("已退订", await done.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.False((await app.WithServicesAsync(s => s.GetRequiredService<Notifier>().PreferenceAsync(user.Id, Ct))).Digest);
    }

    [Fact]
    public async Task Digest_NoneForWhoUnsubscribed_NorForWhoHasNothingNew()
    {
        var skill = "盐碱改良" + Suffix();
        var (subscribed, _) = await TalentAsync("371602", ["371600"], [skill]);
        var (unsubscribed, _) = await TalentAsync("371602", ["371600"], [skill]);
        var (nothingNew, _) = await TalentAsync("440305", ["440300"], ["古籍修复" + Suffix()], degree: DegreeLevel.Doctorate, majorCode: "010101",
            majorName: "哲学", industries: ["01"], salaryMin: 200_000);
        var job = await PublishedJobAsync("土壤改良技术员" + Suffix(), "371602", skill);
        var token = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<DigestSubscriptions>().UnsubscribeUrl(unsubscribed.Id)));
        using (var anonymous = app.CreateBrowser())
        using (var done = await anonymous.GetAsync(token[token.IndexOf("/Notifications/", StringComparison.Ordinal)..], Ct))
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var week = await NextDigestMomentAsync(job.Id);

        await SendAsync();

        Assert.Single(await DigestsAsync(subscribed.Id, week));
        Assert.Empty(await DigestsAsync(unsubscribed.Id, week));
        Assert.Empty(await DigestsAsync(nothingNew.Id, week));
    }

    [Fact]
    public async Task Digest_OnceAWeek_AnotherRoundOrARestartedCopySendsNoSecond_NextWeekListsOnlyThatWeeksNewJobs()
    {
        var skill = "海洋牧场" + Suffix();
        var (user, _) = await TalentAsync("371502", ["371500"], [skill]);
        var first = await PublishedJobAsync("海洋牧场养殖员" + Suffix(), "371502", skill);
        var week = await NextDigestMomentAsync(first.Id);

        await SendAsync();
        app.SetUtc(week.AddDays(1));
        var again = await SendAsync();
        // A copy that started since (or a round stopped half-way) asks the database who had this week's digest.
        await app.WithServicesAsync(s => ActivatorUtilities.CreateInstance<TalentDigests>(s).SendDueAsync(Ct));
        var sameWeek = await DigestsAsync(user.Id, week);
        var second = await PublishedJobAsync("海洋牧场技术员" + Suffix(), "371502", skill);
        var nextWeek = await NextDigestMomentAsync(second.Id);
        await SendAsync();
        var following = await DigestsAsync(user.Id, nextWeek);

        Assert.Single(sameWeek);
        Assert.Contains(first.Id.ToString(), sameWeek[0].Values, StringComparison.Ordinal);
        Assert.Equal(0, again);
        var next = Assert.Single(following);
        Assert.Contains(second.Id.ToString(), next.Values, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Id.ToString(), next.Values, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-09")]
    public async Task Digest_AnAmbassadorGetsTheirOwnAndNoSecond_NorDoesATalentWhoGotAnotherDigestThisWeek()
    {
        var (ambassadorUser, ambassador) = await app.ActiveWithAccountAsync("371400");
        var skill = "德州扒鸡" + Suffix();
        await app.MakeFindableAsync(ambassador.TalentId, ["371400"], skills: [skill]);
        var (talentUser, _) = await TalentAsync("371402", ["371400"], [skill]);
        var moment = DigestWeek.StartUtc(app.Time.GetUtcNow().UtcDateTime, Options.DigestDay, Options.DigestHour).AddDays(7);
        // Published an hour before the digest moment: new for the city's ambassador digest too, which looks back its interval.
        app.SetUtc(moment.AddHours(-1));
        var job = await PublishedJobAsync("食品工艺师" + Suffix(), "371402", skill);
        var week = await NextDigestMomentAsync(job.Id);
        // Another digest reached the talent this week before the weekly round.
        Assert.True(await app.WithServicesAsync(async s =>
        {
            var sent = await s.GetRequiredService<DigestSubscriptions>().SendAsync(talentUser.Id, 1, 0, 0, "· x", null, Ct);
            await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
            return sent;
        }));

        await SendAsync();
        await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorDigests>().SendDueAsync(Ct));
        await app.WithServicesAsync(s => ActivatorUtilities.CreateInstance<TalentDigests>(s).SendDueAsync(Ct));

        var own = Assert.Single(await DigestsAsync(ambassadorUser.Id, week));
        Assert.Contains($"/Ambassadors/Ref?code={ambassador.ReferralCode}&job={job.Id}", own.Values, StringComparison.Ordinal);
        Assert.Single(await DigestsAsync(talentUser.Id, week));
    }

    private MatchingOptions Options => app.Services.GetRequiredService<IOptions<MatchingOptions>>().Value;

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>Moves the clock to a few minutes after the next digest moment, once matching holds the job; returns the moment.</summary>
    private async Task<DateTime> NextDigestMomentAsync(Guid jobId)
    {
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(app.Index().Job(jobId) is not null), 10));
        var moment = DigestWeek.StartUtc(app.Time.GetUtcNow().UtcDateTime, Options.DigestDay, Options.DigestHour).AddDays(7);
        app.SetUtc(moment.AddMinutes(5));
        return moment;
    }

    private Task<int> SendAsync() => app.WithServicesAsync(s => s.GetRequiredService<TalentDigests>().SendDueAsync(Ct));

    private async Task<(TestAccount User, Guid TalentId)> TalentAsync(string household, string[] regions, string[] skills,
        DegreeLevel degree = DegreeLevel.Bachelor, string majorCode = "080902", string majorName = "软件工程", string[]? industries = null,
        int salaryMin = 6000)
    {
        var (user, talent, _) = await app.CreateTalentAsync(household, "周报人才");
        await app.MakeFindableAsync(talent.Id, regions, industries ?? ["65"], degree, majorCode, majorName, skills, salaryMin);
        return (user, talent.Id);
    }

    /// <summary>A job of a verified employer, approved now by the app's clock (what makes it new in this digest week).</summary>
    private async Task<Job> PublishedJobAsync(string title, string region, string tag)
    {
        var (user, _) = await app.RegisterVerifiedEmployerAsync(region, "周报测试有限公司" + Suffix());
        var form = MatchingTestData.Job(title, region, tags: tag, salaryMax: 12_000);
        form.ValidUntil = app.ChinaToday.AddMonths(3);
        var job = await app.JobAsync(user.Id, form, publish: false);
        return await app.WithDbAsync(async db =>
        {
            var tracked = await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct);
            var approved = tracked.Approve(Guid.CreateVersion7(), app.Time.GetUtcNow().UtcDateTime);
            Assert.False(approved.IsError, approved.Error?.Code);
            await db.SaveChangesAsync(Ct);
            return tracked;
        });
    }

    private Task<List<Notification>> DigestsAsync(Guid userId, DateTime sinceUtc) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId && n.TemplateKey == NotificationKinds.Digest.Key && n.CreatedAtUtc >= sinceUtc && n.CreatedAtUtc < sinceUtc.AddDays(7))
            .ToListAsync(Ct));

    private Task SetEmailAsync(Guid userId, string address) => app.WithDbAsync(async db =>
    {
        var preference = new NotificationPreference(userId, DateTime.UtcNow);
        preference.Change(true, true, address, null, null, "zh-CN", true, DateTime.UtcNow);
        db.NotificationPreferences.Add(preference);
        await db.SaveChangesAsync(Ct);
    });

    [GeneratedRegex(@"/Notifications/Unsubscribe\?token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex UnsubscribeLink();
}
