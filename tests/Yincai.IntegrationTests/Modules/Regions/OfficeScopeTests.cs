
namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>SECURITY.md T5 for offices: a staff member sees and writes only inside the region of their scope,
/// and anything outside it reads as 404, through a bearer token and through the sign-in cookie alike.</summary>
public sealed class OfficeScopeTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private const string QingdaoOfficer = "officer.qd";
    private const string ProvinceOfficer = "officer.sd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OfficeInput InputFrom(Office office, string? regionCode = null, string? name = null) =>
        new(regionCode ?? office.RegionCode, name ?? office.Name, office.Address, office.Phone, office.OpeningHours);

    [Theory]
    [InlineData(Via.Bearer)]
    [InlineData(Via.Cookie)]
    public async Task Get_QingdaoOfficerQingdaoOffice_ReturnsOffice(Via via)
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        using var client = await app.ClientAsync(via, QingdaoOfficer);

        using var response = await client.GetAsync($"/api/v1/offices/{office.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<OfficeSummary>(Ct);
        Assert.NotNull(summary);
        Assert.Equal(office.Id, summary.Id);
        Assert.Equal(office.Name, summary.Name);
    }

    [Theory]
    [InlineData(Via.Bearer)]
    [InlineData(Via.Cookie)]
    public async Task Put_QingdaoOfficerQingdaoOffice_SavesChange(Via via)
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        using var client = await app.ClientAsync(via, QingdaoOfficer);
        var input = InputFrom(office, name: office.Name + "（新址）");

        using var response = await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}", input, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await app.FindOfficeAsync(office.Id);
        Assert.NotNull(saved);
        Assert.Equal(input.Name, saved.Name);
        Assert.Equal(office.Version + 1, saved.Version);
    }

    [Theory]
    [InlineData(Via.Bearer)]
    [InlineData(Via.Cookie)]
    public async Task Get_QingdaoOfficerJinanOffice_ReturnsNotFound(Via via)
    {
        var office = await app.CreateOfficeAsync(DemoData.Jinan);
        using var client = await app.ClientAsync(via, QingdaoOfficer);

        using var response = await client.GetAsync($"/api/v1/offices/{office.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(office.Name, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(Via.Bearer)]
    [InlineData(Via.Cookie)]
    public async Task Put_QingdaoOfficerJinanOffice_ReturnsNotFoundAndLeavesOfficeUnchanged(Via via)
    {
        var office = await app.CreateOfficeAsync(DemoData.Jinan);
        using var client = await app.ClientAsync(via, QingdaoOfficer);

        using var response = await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}", InputFrom(office, name: "改名"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var stored = await app.FindOfficeAsync(office.Id);
        Assert.NotNull(stored);
        Assert.Equal(office.Name, stored.Name);
        Assert.Equal(office.Version, stored.Version);
    }

    [Theory]
    [InlineData(Via.Bearer)]
    [InlineData(Via.Cookie)]
    public async Task List_QingdaoOfficer_ReturnsOnlyQingdaoOffices(Via via)
    {
        var qingdao = await app.CreateOfficeAsync(DemoData.Qingdao);
        var shinan = await app.CreateOfficeAsync("370202");
        var jinan = await app.CreateOfficeAsync(DemoData.Jinan);
        using var client = await app.ClientAsync(via, QingdaoOfficer);

        var offices = await client.GetFromJsonAsync<List<OfficeSummary>>("/api/v1/offices", Ct);

        Assert.NotNull(offices);
        Assert.All(offices, o => Assert.StartsWith("3702", o.RegionCode, StringComparison.Ordinal));
        Assert.Contains(offices, o => o.Id == qingdao.Id);
        Assert.Contains(offices, o => o.Id == shinan.Id);
        Assert.DoesNotContain(offices, o => o.Id == jinan.Id);
    }

    [Fact]
    public async Task List_ProvinceOfficer_ReturnsOfficesOfAllSixteenShandongCitiesAndNoOtherProvince()
    {
        var beijing = await app.CreateOfficeAsync("110101");
        var cities = await app.WithDbAsync(db => db.Regions
            .Where(r => r.ParentCode == DemoData.Shandong && r.Level == RegionLevel.Prefecture)
            .Select(r => r.Code).ToListAsync(Ct));
        using var client = await app.CreateApiClientAsync(ProvinceOfficer);

        var offices = await client.GetFromJsonAsync<List<OfficeSummary>>("/api/v1/offices", Ct);

        Assert.NotNull(offices);
        Assert.Equal(16, cities.Count);
        Assert.All(cities, city => Assert.Contains(offices, o => o.RegionCode == city));
        Assert.All(offices, o => Assert.StartsWith("37", o.RegionCode, StringComparison.Ordinal));
        Assert.DoesNotContain(offices, o => o.Id == beijing.Id);
    }

    [Theory]
    [InlineData(Via.Bearer)]
    [InlineData(Via.Cookie)]
    public async Task Put_QingdaoOfficerMovesQingdaoOfficeToJinan_ReturnsNotFoundAndLeavesOfficeUnchanged(Via via)
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        using var client = await app.ClientAsync(via, QingdaoOfficer);

        using var response = await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}",
            InputFrom(office, regionCode: DemoData.Jinan, name: office.Name + "（迁址）"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var stored = await app.FindOfficeAsync(office.Id);
        Assert.NotNull(stored);
        Assert.Equal(DemoData.Qingdao, stored.RegionCode);
        Assert.Equal(office.Name, stored.Name);
        Assert.Equal(office.Version, stored.Version);
    }

    [Fact]
    public async Task Put_OutOfScopeMove_WritesAccessDeniedAuditEntryAndNoUpdate()
    {
        var office = await app.CreateOfficeAsync(DemoData.Qingdao);
        var officerId = await app.UserIdAsync(QingdaoOfficer);
        using var client = await app.CreateApiClientAsync(QingdaoOfficer);
        var mark = await app.LastAuditSequenceAsync();

        using var response = await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}", InputFrom(office, regionCode: DemoData.Jinan), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var written = await app.AuditEntriesAfterAsync(mark);
        var denial = Assert.Single(written, a => a.Action == AuditActions.AccessDenied);
        Assert.Equal(AuditOutcome.Denied, denial.Outcome);
        Assert.Equal(officerId, denial.ActorId);
        Assert.Equal(QingdaoOfficer, denial.ActorName);
        Assert.Contains(office.Id.ToString(), denial.After, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(written, a => a.Action == AuditActions.Update && a.EntityId == office.Id.ToString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task GetOrPut_QingdaoOfficerJinanOfficeById_WritesAccessDeniedAuditEntry(string method)
    {
        var office = await app.CreateOfficeAsync(DemoData.Jinan);
        var officerId = await app.UserIdAsync(QingdaoOfficer);
        using var client = await app.CreateApiClientAsync(QingdaoOfficer);
        var mark = await app.LastAuditSequenceAsync();

        using var response = method == "GET"
            ? await client.GetAsync($"/api/v1/offices/{office.Id}", Ct)
            : await client.PutAsJsonAsync($"/api/v1/offices/{office.Id}", InputFrom(office, name: "改名"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var denial = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.AccessDenied);
        Assert.Equal(AuditOutcome.Denied, denial.Outcome);
        Assert.Equal(officerId, denial.ActorId);
        Assert.Equal(nameof(Office), denial.EntityType);
        Assert.Equal(office.Id.ToString(), denial.EntityId);
        Assert.Equal(DemoData.Jinan, denial.RegionCode);
    }

    [Fact]
    public async Task GetById_OfficeThatDoesNotExist_ReturnsNotFoundWithoutAccessDenied()
    {
        using var client = await app.CreateApiClientAsync(QingdaoOfficer);
        var mark = await app.LastAuditSequenceAsync();

        using var response = await client.GetAsync($"/api/v1/offices/{Guid.CreateVersion7()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.AccessDenied);
    }

    [Theory]
    [InlineData(DemoData.Qingdao, HttpStatusCode.OK)]
    [InlineData(DemoData.Jinan, HttpStatusCode.NotFound)]
    public async Task EditPage_QingdaoOfficer_OpensOnlyOfficesInScope(string regionCode, HttpStatusCode expected)
    {
        var office = await app.CreateOfficeAsync(regionCode);
        using var browser = await app.ClientAsync(Via.Cookie, QingdaoOfficer);

        using var response = await browser.GetAsync($"/Regions/Offices/Edit?id={office.Id}", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task EditPagePost_QingdaoOfficerJinanOffice_ReturnsNotFoundAndLeavesOfficeUnchanged()
    {
        var office = await app.CreateOfficeAsync(DemoData.Jinan);
        using var browser = await app.ClientAsync(Via.Cookie, QingdaoOfficer);

        using var response = await YincaiAppFactory.PostFormAsync(browser, $"/Regions/Offices/Edit?id={office.Id}",
        [
            new("Input.RegionCode", DemoData.Qingdao), new("Input.Name", "改名"), new("Input.Address", office.Address),
            new("Input.Phone", office.Phone), new("Input.OpeningHours", office.OpeningHours), new("Input.Version", "0"),
        ], tokenFrom: "/Regions/Offices/Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var stored = await app.FindOfficeAsync(office.Id);
        Assert.NotNull(stored);
        Assert.Equal(DemoData.Jinan, stored.RegionCode);
        Assert.Equal(office.Name, stored.Name);
    }

    [Fact]
    public async Task Model_EveryRegionScopedEntityType_HasTheRegionQueryFilter()
    {
        var scoped = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => typeof(IRegionScoped).IsAssignableFrom(t.ClrType)).ToList()));

        var unfiltered = scoped.Where(t => t.GetRootType().FindDeclaredQueryFilter(YincaiDb.RegionFilter) is null)
            .Select(t => t.ClrType.Name).ToList();

        Assert.Contains(scoped, t => t.ClrType == typeof(Office));
        Assert.Empty(unfiltered);
    }
}
