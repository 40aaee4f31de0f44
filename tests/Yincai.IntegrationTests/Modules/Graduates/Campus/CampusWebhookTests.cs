using System.Text.RegularExpressions;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Graduates;
using Yincai.Modules.Notifications.Delivery;
using static Yincai.IntegrationTests.Modules.Graduates.Campus.CampusTestData;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>
/// A university's webhooks: its office subscribes on the campus pages (the secret shown once, an address inside the network refused),
/// and an outcome recorded for one of its graduates queues the signed event for it in the same save: the graduate's id, class and
/// outcome, never the name; another university's graduate queues nothing for it.
/// </summary>
public sealed partial class CampusWebhookTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Household = "370102";

    [GeneratedRegex("whsec_[A-Za-z0-9+/=]{44}")]
    private static partial Regex Secret();

    [Fact]
    [Trait("Rule", "GRD-15")]
    public async Task Office_SubscribesOnThePage_AnOutcomeOfItsGraduateQueuesTheEvent_WithoutTheName()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东财经大学");
        using var browser = await app.ClientAsync(Via.Cookie, office.UserName, office.Password);

        using var inward = await browser.SubmitFormAsync("/Graduates/Campus/Webhooks", new() { ["Address"] = "https://10.0.0.5/hook" });
        Assert.Contains("公网 https", WebUtility.HtmlDecode(await inward.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        using var made = await browser.SubmitFormAsync("/Graduates/Campus/Webhooks", new() { ["Address"] = "https://hooks.example.com/yincai" });
        var page = WebUtility.HtmlDecode(await made.Content.ReadAsStringAsync(Ct));
        Assert.True(Secret().IsMatch(page), page);
        Assert.Equal("no-store", made.Headers.CacheControl?.ToString());
        Assert.DoesNotMatch(Secret(), await browser.GetPageAsync("/Graduates/Campus/Webhooks")); // shown once

        var ours = await app.RegisterAsync(GraduateOf(app.UniversityNamed("山东财经大学"), Household, "财大应届"), source: GraduateSource.University);
        var theirs = await app.RegisterAsync(GraduateOf(app.UniversityNamed("齐鲁工业大学"), Household, "齐工应届"), source: GraduateSource.University);
        foreach (var id in new[] { ours.Id, theirs.Id })
            await app.AsOfficerAsync(Guid.CreateVersion7(), Household, async s =>
            {
                var db = s.GetRequiredService<YincaiDb>();
                var tracked = await db.Graduates.SingleAsync(g => g.Id == id, Ct);
                Assert.False((await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(tracked, GraduateOutcome.Employed,
                    ChinaClock.DateOf(DateTime.UtcNow), "劳动合同", "某公司", OutcomeSource.Officer, Ct)).IsError);
                return await db.SaveChangesAsync(Ct);
            });

        var subscription = await app.WithDbAsync(db => db.Set<Yincai.Modules.Notifications.Webhooks.WebhookSubscription>().AsNoTracking()
            .SingleAsync(s => s.OwnerCode == campus.UniversityCode, Ct));
        var queued = await app.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.Channel == Channel.Webhook && m.AddressIndex == subscription.Id.ToString()).ToListAsync(Ct));
        var message = Assert.Single(queued);
        Assert.Equal("graduate.status_changed", message.TemplateKey);
        Assert.Contains(ours.Id.ToString(), message.Values, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"Employed\"", message.Values, StringComparison.Ordinal);
        Assert.DoesNotContain("财大应届", message.Values, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Id.ToString(), message.Values, StringComparison.Ordinal);
    }
}
