using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Work;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>The ambassador's own page: status, certificate, referral code, own contributions and the wish to come back.</summary>
public sealed class AmbassadorSelfServiceTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "AMB-10")]
    [Trait("Rule", "AMB-12")]
    public async Task Mine_ServingAmbassador_SeesTheCertificateAndCode_RecordsAContributionAndWantsToComeBack()
    {
        var (user, ambassador) = await app.ActiveWithAccountAsync("371500");
        // The certificate issued when the city started the ambassador (AMB-06).
        var certificate = await app.WithDbAsync(db => db.AmbassadorCertificates.AsNoTracking().SingleAsync(c => c.AmbassadorId == ambassador.Id, Ct));
        using var browser = await app.ClientAsync(Via.Cookie, user.UserName, user.Password);

        var page = await browser.GetPageAsync("/Ambassadors/Mine");
        using var pdf = await browser.GetAsync("/Ambassadors/Mine?handler=Certificate", Ct);
        using var contribution = await browser.SubmitFormAsync("/Ambassadors/Mine?handler=Contribution", new()
        {
            ["kind"] = nameof(ContributionKind.CampusPromotion), ["on"] = Iso(Today), ["quantity"] = "1", ["description"] = "在班级群宣传家乡人才政策",
        }, "/Ambassadors/Mine");
        using var flag = await browser.SubmitFormAsync("/Ambassadors/Mine?handler=ReturnFlag", new() { ["wants"] = "true" }, "/Ambassadors/Mine");
        using var officerPage = await browser.GetAsync("/Ambassadors", Ct);

        Assert.Contains(certificate.Number, page, StringComparison.Ordinal);
        Assert.Contains(ambassador.ReferralCode, page, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, contribution.StatusCode);
        var recorded = await app.WithDbAsync(db => db.AmbassadorContributions.AsNoTracking().SingleAsync(c => c.AmbassadorId == ambassador.Id, Ct));
        Assert.True(recorded.BySelf);
        Assert.True((await app.ReloadAsync(ambassador.Id)).WantsToReturn);
        Assert.NotEqual(HttpStatusCode.OK, officerPage.StatusCode);
    }

    [Fact]
    public async Task Mine_TalentWhoIsNoAmbassador_IsToldSo()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = await app.ClientAsync(Via.Cookie, talent.UserName, talent.Password);

        var page = await browser.GetPageAsync("/Ambassadors/Mine");

        Assert.Contains("您还不是校园青年引才大使", page, StringComparison.Ordinal);
    }
}
