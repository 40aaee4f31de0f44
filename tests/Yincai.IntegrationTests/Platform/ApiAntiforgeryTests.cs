using Yincai.IntegrationTests.Modules.Events;

namespace Yincai.IntegrationTests.Platform;

/// <summary>SECURITY.md A01 (CSRF): a browser's cookie alone does not make a state-changing API call; the page's script adds
/// the antiforgery token as the <c>RequestVerificationToken</c> header. Bearer-token clients carry no cookie and need none.</summary>
public sealed class ApiAntiforgeryTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Browser, Guid EventId)> SignedInTalentAsync()
    {
        var item = await app.PublishedEventAsync(capacity: 5);
        var talent = await app.RegisterAsync(AccountKind.Talent);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        return (browser, item.Id);
    }

    [Fact]
    public async Task Post_CookieWithoutToken_IsRefusedAndChangesNothing()
    {
        var (browser, eventId) = await SignedInTalentAsync();
        using var _ = browser;

        using var response = await browser.PostAsync($"/api/v1/events/{eventId}/registrations", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await app.WithDbAsync(db => db.EventRegistrations.AnyAsync(r => r.EventId == eventId, Ct)));
    }

    [Fact]
    public async Task Delete_CookieWithoutToken_IsRefusedAndKeepsTheRegistration()
    {
        var (browser, eventId) = await SignedInTalentAsync();
        using var _ = browser;
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, "/Workspace/Home");
        using var register = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations");
        register.Headers.Add("RequestVerificationToken", token);
        using var registered = await browser.SendAsync(register, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var response = await browser.DeleteAsync($"/api/v1/events/{eventId}/registrations/me", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var kept = await app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().SingleAsync(r => r.EventId == eventId, Ct));
        Assert.NotEqual(Yincai.Modules.Events.RegistrationStatus.Cancelled, kept.Status);
    }

    [Fact]
    public async Task Post_CookieWithTokenHeader_Works()
    {
        var (browser, eventId) = await SignedInTalentAsync();
        using var _ = browser;
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, "/Workspace/Home");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations");
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Post_BearerToken_NeedsNoAntiforgeryToken()
    {
        var item = await app.PublishedEventAsync(capacity: 5);
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var client = await app.CreateApiClientAsync(talent.UserName, talent.Password);

        using var response = await client.PostAsync($"/api/v1/events/{item.Id}/registrations", null, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
