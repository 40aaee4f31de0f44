using Yincai.IntegrationTests.Modules.Matching;
using Yincai.Modules.Jobs.Conversations;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>The employer's daily limit of invitations to apply counts the China day: it starts again at midnight in Beijing,
/// while it is still the afternoon of the same day in UTC.</summary>
public sealed class InvitationLimitClockTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InviteLimit_Refused_At2300InBeijing_AllowedAgainAt0030InBeijing()
    {
        var (employerUser, employer) = await app.VerifiedEmployerAsync();
        var job = await app.JobAsync(employerUser.Id, MatchingTestData.Job("午夜限额岗" + Guid.NewGuid().ToString("N")[..6]));
        var (_, talent) = await app.FindableTalentAsync(fullName: "午夜人才");
        var day = app.ChinaToday.AddDays(1);
        app.SetUtc(ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(23, 0))));
        // The day's invitations, sent at 22:00 Beijing time (14:00 UTC, the same UTC date as 00:30 Beijing the next day).
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < Conversations.InvitationsPerDay; i++)
            {
                var c = new Conversation(Guid.NewGuid(), employer.Id, employer.Name, "岗位", "370202", Guid.NewGuid(), Guid.NewGuid(), "某*", null,
                    ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(22, 0))));
                c.MarkInvited();
                db.Conversations.Add(c);
            }
            await db.SaveChangesAsync(Ct);
        });
        var form = new Dictionary<string, string> { ["JobId"] = job.Id.ToString(), ["Note"] = "" };
        var page = $"/Jobs/Own/Invite?talentId={talent.Id}";

        using var late = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(late, employerUser.UserName, employerUser.Password);
        using var refused = await YincaiAppFactory.PostFormAsync(late, page, form);
        app.SetUtc(ChinaClock.ToUtc(day.AddDays(1).ToDateTime(new TimeOnly(0, 30))));
        using var early = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(early, employerUser.UserName, employerUser.Password);
        using var allowed = await YincaiAppFactory.PostFormAsync(early, page, form);

        Assert.Contains("本单位今天已邀请50次，请明天再邀请。", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Conversations.AnyAsync(c => c.TalentId == talent.Id && c.InvitedToApply, Ct)));
    }
}
