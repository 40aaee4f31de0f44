using System.Text.Json;
using Yincai.Modules.Graduates;
using Yincai.Modules.Graduates.Campus;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Graduates.Campus.CampusTestData;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>GRD-06: a university's system reads its own graduates (<c>GET /api/v1/campus/graduates</c>) with an organisation token
/// scoped graduates.read, and pushes its list (<c>POST /api/v1/graduates/registrations</c>) with one scoped graduates.write: never
/// another university's graduates; a token revoked, unknown or tampered with is 401, one without the scope 403. Each test takes
/// universities of its own.</summary>
public sealed class CampusApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Household = "370102";

    private async Task<Graduate> RegisterAsync(string university, string? name = null, DateOnly? left = null) =>
        await app.RegisterAsync(GraduateOf(app.UniversityNamed(university), Household, name, left), source: GraduateSource.University);

    private static async Task<GraduatesEndpoints.CampusGraduatesAnswer> ListAsync(HttpClient system, string query = "")
    {
        using var response = await system.GetAsync("/api/v1/campus/graduates" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<GraduatesEndpoints.CampusGraduatesAnswer>(Ct))!;
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task GetGraduates_WithAUniversitysReadToken_ListsItsOwnGraduatesOnly_MaskedAndFiltered()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东建筑大学");
        var ours = await RegisterAsync("山东建筑大学", "建大应届");
        var lastYear = await RegisterAsync("山东建筑大学", "建大往届", new DateOnly(2025, 6, 30));
        var theirs = await RegisterAsync("齐鲁工业大学", "齐工毕业");
        await app.AsOfficerAsync(Guid.CreateVersion7(), Household, async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            var tracked = await db.Graduates.SingleAsync(g => g.Id == ours.Id, Ct);
            var placed = await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(tracked, GraduateOutcome.Employed,
                ChinaClock.DateOf(DateTime.UtcNow), "劳动合同", "某公司", OutcomeSource.Officer, Ct);
            Assert.False(placed.IsError);
            return await db.SaveChangesAsync(Ct);
        });
        var issued = await app.IssueTokenAsync(office, campus);
        using var system = app.TokenClient(issued.Text);

        var all = await ListAsync(system);
        var cohort2025 = await ListAsync(system, "?cohort=2025");
        var employed = await ListAsync(system, "?outcome=Employed");
        using var raw = await system.GetAsync("/api/v1/campus/graduates", Ct);
        var json = await raw.Content.ReadAsStringAsync(Ct);

        Assert.Equal(2, all.Total);
        Assert.Equal(new[] { ours.Id, lastYear.Id }.Order(), all.Items.Select(r => r.Id).Order());
        Assert.DoesNotContain(all.Items, r => r.Id == theirs.Id);
        Assert.Contains(all.Items, r => r.Id == ours.Id && r.MaskedName == Talent.MaskName("建大应届") && r.CohortYear == 2026 && r.CountyCode == Household);
        Assert.Equal([lastYear.Id], cohort2025.Items.Select(r => r.Id));
        Assert.Equal([ours.Id], employed.Items.Select(r => r.Id));
        Assert.DoesNotContain("建大应届", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Talent.MaskName("齐工毕业"), json, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task GetGraduate_OfAnotherUniversity_IsNotFound_OwnOneComesWithTheServicesGiven()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东第一医科大学");
        var ours = await RegisterAsync("山东第一医科大学", "医大毕业");
        var theirs = await RegisterAsync("山东中医药大学", "中医毕业");
        var today = ChinaClock.DateOf(DateTime.UtcNow);
        await app.AsOfficerAsync(Guid.CreateVersion7(), Household, async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            var tracked = await db.Graduates.SingleAsync(g => g.Id == ours.Id, Ct);
            var served = await s.GetRequiredService<RealNameDatabase>().RecordServiceAsync(tracked, ServiceKind.CareerGuidance, ServiceChannel.Phone,
                today, "介绍了就业见习政策", [], Ct);
            Assert.False(served.IsError);
            return await db.SaveChangesAsync(Ct);
        });
        using var system = app.TokenClient((await app.IssueTokenAsync(office, campus)).Text);

        using var own = await system.GetAsync($"/api/v1/campus/graduates/{ours.Id}", Ct);
        var answer = await own.Content.ReadFromJsonAsync<GraduatesEndpoints.CampusGraduateAnswer>(Ct);
        using var other = await system.GetAsync($"/api/v1/campus/graduates/{theirs.Id}", Ct);
        using var nobody = await system.GetAsync($"/api/v1/campus/graduates/{Guid.CreateVersion7()}", Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal((ours.Id, Talent.MaskName("医大毕业"), 1, (DateOnly?)today), (answer!.Graduate.Id, answer.Graduate.MaskedName,
            answer.Graduate.Services, answer.Graduate.LastServiceOn));
        var service = Assert.Single(answer.Services);
        Assert.Equal((ServiceKind.CareerGuidance, "介绍了就业见习政策"), (service.Kind, service.Outcome));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("中医毕业", await other.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task GetGraduates_WithARevokedToken_Is401_AndTheTokensListShowsItStopped()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东财经大学");
        await RegisterAsync("山东财经大学");
        var issued = await app.IssueTokenAsync(office, campus);
        using var system = app.TokenClient(issued.Text);

        using var before = await system.GetAsync("/api/v1/campus/graduates", Ct);
        var revoked = await app.RevokeTokenAsync(office, campus, issued.Token.Id);
        using var after = await system.GetAsync("/api/v1/campus/graduates", Ct);
        var listed = await app.AsAsync(office, s => s.GetRequiredService<OrganisationTokens>().ListAsync(OrganisationKinds.University, campus.UniversityCode, Ct));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var summary = Assert.Single(listed);
        Assert.Equal((issued.Token.Id, false), (summary.Id, summary.IsActive));
        Assert.NotNull(summary.RevokedAtUtc);
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task GetGraduates_WithATokenWithoutTheReadScope_Is403()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东体育学院");
        var ours = await RegisterAsync("山东体育学院");
        using var system = app.TokenClient((await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesWrite)).Text);

        using var list = await system.GetAsync("/api/v1/campus/graduates", Ct);
        using var one = await system.GetAsync($"/api/v1/campus/graduates/{ours.Id}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task GetGraduates_WithATamperedSecretAnUnknownTokenOrNone_Is401()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东艺术学院");
        var issued = await app.IssueTokenAsync(office, campus);
        var secret = issued.Text[36..];
        var tampered = issued.Text[..36] + (secret[0] == 'A' ? "B" : "A") + secret[1..];
        var unknown = $"yc_{Guid.CreateVersion7():N}_{secret}";
        using var good = app.TokenClient(issued.Text);
        using var bad = app.TokenClient(tampered);
        using var stranger = app.TokenClient(unknown);
        using var anonymous = app.CreateClient();

        using var accepted = await good.GetAsync("/api/v1/campus/graduates", Ct);
        using var withTampered = await bad.GetAsync("/api/v1/campus/graduates", Ct);
        using var withUnknown = await stranger.GetAsync("/api/v1/campus/graduates", Ct);
        using var withNone = await anonymous.GetAsync("/api/v1/campus/graduates", Ct);

        Assert.Matches("^yc_[0-9a-f]{32}_.+$", issued.Text);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withTampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withNone.StatusCode);
    }

    [Fact]
    public async Task Issue_TheSecretIsShownOnce_TheStoredRowTheListAndTheAuditTrailNeverHoldIt()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东工艺美术学院");
        var sequence = await app.LastAuditSequenceAsync();

        var issued = await app.IssueTokenAsync(office, campus, 90, TokenScopes.GraduatesRead, TokenScopes.GraduatesWrite);
        var secret = issued.Text[36..];
        var listed = await app.AsAsync(office, s => s.GetRequiredService<OrganisationTokens>().ListAsync(OrganisationKinds.University, campus.UniversityCode, Ct));
        var stored = new List<string>();
        await using (var connection = await app.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT * FROM accounts_api_token";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
                for (var i = 0; i < reader.FieldCount; i++)
                    stored.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        var audit = await app.AuditEntriesAfterAsync(sequence);
        var hash = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == issued.Token.Id).Select(t => t.SecretHash).SingleAsync(Ct));

        Assert.True(secret.Length >= 40, "32 random bytes");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), hash);
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, v => v.Contains(secret, StringComparison.Ordinal) || v.Contains(secret[4..], StringComparison.Ordinal));
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(listed), StringComparison.Ordinal);
        Assert.Equal(secret[..4], Assert.Single(listed).Hint);
        Assert.Equal([TokenScopes.GraduatesRead, TokenScopes.GraduatesWrite], listed[0].Scopes);
        Assert.Contains(audit, a => a.EntityType == "ApiToken");
        Assert.DoesNotContain(audit, a => (a.After ?? "").Contains(secret, StringComparison.Ordinal) || (a.After ?? "").Contains(hash, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task PostRegistration_WithAWriteToken_IsTheUniversitysGraduate_WithNoContactDeadline()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东警察学院");
        var issued = await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesRead, TokenScopes.GraduatesWrite);
        using var system = app.TokenClient(issued.Text);
        var person = GraduateOf(app.UniversityNamed("山东警察学院"), Household, "警院推送");

        using var response = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person), Ct);
        var answer = await response.Content.ReadFromJsonAsync<GraduatesEndpoints.RegistrationAnswer>(Ct);
        var list = await ListAsync(system);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((Household, (DateOnly?)null), (answer!.CountyCode, answer.ContactDueOn));
        var graduate = await app.GraduateAsync(answer.Id);
        Assert.Equal((GraduateSource.University, "4137011324", (DateOnly?)null), (graduate.Source, graduate.UniversityCode, graduate.ContactDueOn));
        Assert.Equal([answer.Id], list.Items.Select(r => r.Id));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task PostRegistration_WithAWriteTokenAndAnotherSchool_Is400NamingSchoolName_AndSavesNothing()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东交通学院");
        using var system = app.TokenClient((await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesWrite)).Text);
        var person = GraduateOf(app.UniversityNamed("山东女子学院"), Household, "别校推送");

        using var response = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person), Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.GetProperty("errors").GetProperty("SchoolName")[0].GetString();
        Assert.Contains("只能登记本校毕业生", message, StringComparison.Ordinal);
        Assert.Contains("山东交通学院", message, StringComparison.Ordinal);
        Assert.False(await app.AnyTalentNamedAsync(person.FullName));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task PostRegistration_WithARevokedToken_Is401_AndNothingIsSaved_EvenWithTheConsentBox()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东英才学院");
        var issued = await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesWrite);
        await app.RevokeTokenAsync(office, campus, issued.Token.Id);
        using var system = app.TokenClient(issued.Text);
        var person = GraduateOf(app.UniversityNamed("山东英才学院"), Household, "撤销推送");

        using var university = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person), Ct);
        using var asAnyone = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person, consent: true), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, university.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asAnyone.StatusCode);
        Assert.False(await app.AnyTalentNamedAsync(person.FullName));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task PostRegistration_WithAReadOnlyToken_Is403_AndNothingIsSaved()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东现代学院");
        using var system = app.TokenClient((await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesRead)).Text);
        var person = GraduateOf(app.UniversityNamed("山东现代学院"), Household, "只读推送");

        using var response = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person, consent: true), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.AnyTalentNamedAsync(person.FullName));
    }

    // The authorization scheme is case-insensitive (RFC 9110 §11.1): "bearer yc_…" is a token presented like "Bearer yc_…".
    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task PostRegistration_WithARevokedTokenUnderALowerCaseScheme_Is401_NeverAnAnonymousRegistration()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东协和学院");
        var issued = await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesWrite);
        await app.RevokeTokenAsync(office, campus, issued.Token.Id);
        using var system = app.TokenClient(issued.Text, scheme: "bearer");
        var person = GraduateOf(app.UniversityNamed("山东协和学院"), Household, "小写推送");

        using var response = await system.PostAsJsonAsync("/api/v1/graduates/registrations", Body(person, consent: true), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await app.AnyTalentNamedAsync(person.FullName));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task PostRegistration_AnotherUniversitysGraduateByIdNumberWithAnotherMobile_IsRefused_AndStaysTheirs()
    {
        var (campusA, officeA) = await app.ConfirmedCampusAsync("山东农业工程学院");
        var (campusB, officeB) = await app.ConfirmedCampusAsync("山东管理学院");
        var person = GraduateOf(app.UniversityNamed("山东农业工程学院"), Household, "农工毕业");
        var theirs = await app.RegisterAsync(person, source: GraduateSource.University);
        using var systemA = app.TokenClient((await app.IssueTokenAsync(officeA, campusA, 30, TokenScopes.GraduatesRead)).Text);
        using var systemB = app.TokenClient((await app.IssueTokenAsync(officeB, campusB, 30, TokenScopes.GraduatesWrite, TokenScopes.GraduatesRead)).Text);
        var taken = person with { FullName = "冒名顶替", NormalisedMobile = "13912345678" };

        using var response = await systemB.PostAsJsonAsync("/api/v1/graduates/registrations", Body(taken, "山东管理学院"), Ct);
        using var stillA = await systemA.GetAsync($"/api/v1/campus/graduates/{theirs.Id}", Ct);
        using var notB = await systemB.GetAsync($"/api/v1/campus/graduates/{theirs.Id}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notB.StatusCode);
        Assert.False(await app.AnyTalentNamedAsync("冒名顶替"));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Token_OnAnEndpointNotMadeForIt_SignsNobodyIn()
    {
        var (campus, office) = await app.ConfirmedCampusAsync("山东女子学院");
        using var system = app.TokenClient((await app.IssueTokenAsync(office, campus, 30, TokenScopes.GraduatesRead)).Text);

        using var me = await system.GetAsync("/api/v1/auth/me", Ct);
        using var own = await system.GetAsync("/api/v1/campus/graduates", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
