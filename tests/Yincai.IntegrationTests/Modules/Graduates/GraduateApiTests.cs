using System.Text.Json;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Graduates;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>The mini-program's registration through /api/v1/graduates (GRD-01, GRD-03): anonymous, the same rules as the form.</summary>
public sealed class GraduateApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(Yincai.Modules.Talents.Contracts.GraduatePerson p, string? search, bool consent = true) => new
    {
        p.FullName, IdNumber = p.NormalisedIdNumber, Mobile = p.NormalisedMobile, p.HouseholdRegionCode, SearchRegionCode = search, p.SchoolName,
        Degree = p.Degree.ToString(), p.MajorName, GraduationDate = Iso(p.GraduationDate), Intention = "Job", Consent = consent,
    };

    [Fact]
    [Trait("Rule", "GRD-01")]
    [Trait("Rule", "GRD-03")]
    public async Task Post_AnonymousRegistration_AnswersTheCountyAndTheDueDate_AndTheCountysOfficerHasIt()
    {
        var (officer, _) = await app.OfficerAsync("370782");
        var person = Person("370782");
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person, null), Ct);
        var answer = await response.Content.ReadFromJsonAsync<GraduatesEndpoints.RegistrationAnswer>(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("370782", answer!.CountyCode);
        Assert.Contains("诸城市", answer.CountyName, StringComparison.Ordinal);
        var graduate = await app.GraduateAsync(answer.Id);
        Assert.Equal((answer.ContactDueOn, officer.Id, GraduateSource.Online), (graduate.ContactDueOn, graduate.OfficerId, graduate.Source));
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public async Task Post_MissingFieldsBadIdAndNoConsent_AnswersEachFieldInChineseAndSavesNothing()
    {
        var person = Person("370783");
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await client.PostAsJsonAsync("/api/v1/graduates/registrations", new
        {
            person.FullName, IdNumber = person.NormalisedIdNumber[..17] + (person.NormalisedIdNumber[17] == '1' ? "2" : "1"), Mobile = "123",
            person.HouseholdRegionCode, Degree = "Bachelor", person.MajorName, GraduationDate = Iso(person.GraduationDate), Intention = "Job", Consent = false,
        }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("毕业院校", errors.GetProperty("SchoolName")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("Consent", out _));
        Assert.Contains("校验位", errors.GetProperty("IdNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("Mobile", out _));
        Assert.False(await app.WithDbAsync(db => db.Talents.AnyAsync(t => t.FullName == person.FullName, Ct)));
    }
}
