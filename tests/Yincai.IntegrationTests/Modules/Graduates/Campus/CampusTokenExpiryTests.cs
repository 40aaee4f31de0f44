using Yincai.Modules.Graduates;
using static Yincai.IntegrationTests.Modules.Graduates.Campus.CampusTestData;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>GRD-06: an organisation token works for the days it was made for and not a moment longer, for reading and for
/// registering; the clock is the app's (moved forward by the test).</summary>
public sealed class CampusTokenExpiryTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Token_PastItsExpiry_Is401ForReadingAndRegistering_AndNothingIsSaved()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东管理学院");
        var issued = await app.IssueTokenAsync(office, campus, 1, TokenScopes.GraduatesRead, TokenScopes.GraduatesWrite);
        using var system = app.TokenClient(issued.Text);
        var person = GraduateOf(app.UniversityNamed("山东管理学院"), "370102", "过期推送");

        using var fresh = await system.GetAsync("/api/v1/campus/graduates", Ct);
        app.SetUtc(issued.Token.ExpiresAtUtc.AddMinutes(1));
        using var read = await system.GetAsync("/api/v1/campus/graduates", Ct);
        using var write = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person, consent: true), Ct);
        var listed = await app.AsAsync(office, s => s.GetRequiredService<OrganisationTokens>().ListAsync(OrganisationKinds.University, campus.UniversityCode, Ct));

        Assert.Equal(issued.Token.CreatedAtUtc.AddDays(1), issued.Token.ExpiresAtUtc);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.False(await app.AnyTalentNamedAsync(person.FullName));
        Assert.False(Assert.Single(listed).IsActive);
    }
}
