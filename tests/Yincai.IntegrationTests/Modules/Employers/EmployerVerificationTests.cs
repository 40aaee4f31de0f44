namespace Yincai.IntegrationTests.Modules.Employers;

/// <summary>Employers register with a valid credit code, once; the officer of their region verifies them and
/// keeps the key-contact enterprise list (ENT-01); other regions see a 404.</summary>
public sealed class EmployerVerificationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Fields(EmployerForm form) => new()
    {
        ["Form.CreditCode"] = form.CreditCode, ["Form.Name"] = form.Name, ["Province"] = form.RegionCode![..2] + "0000",
        ["Form.RegionCode"] = form.RegionCode, ["Form.IndustryCode"] = form.IndustryCode!, ["Form.Ownership"] = form.Ownership.ToString(),
        ["Form.Size"] = form.Size.ToString(), ["Form.Address"] = form.Address, ["Form.ContactName"] = form.ContactName,
        ["Form.ContactPhone"] = form.ContactPhone,
    };

    [Fact]
    public async Task RegisterPage_ValidForm_CreatesPendingEmployerOfThatUser()
    {
        var user = await app.RegisterAsync(AccountKind.Employer);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);
        var form = EmployerTestData.Form("370202", name: "青岛市南软件有限公司");

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Employers/Own/Edit", Fields(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var employer = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.CreditCode == form.CreditCode, Ct));
        Assert.Equal((EmployerStatus.Pending, "青岛市南软件有限公司", "370202", user.Id), (employer.Status, employer.Name, employer.RegionCode, employer.RegisteredBy));
    }

    [Fact]
    public async Task RegisterPage_WrongCheckCharacter_NamesTheFieldAndCreatesNothing()
    {
        var user = await app.RegisterAsync(AccountKind.Employer);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);
        var good = EmployerTestData.NewCreditCode();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Employers/Own/Edit", Fields(EmployerTestData.Form("370202", bad)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("统一社会信用代码：校验位不符", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Employers.AnyAsync(e => e.CreditCode == bad, Ct)));
    }

    [Fact]
    public async Task Save_CreditCodeRegisteredByAnotherAccount_IsRefused()
    {
        var (_, first) = await app.RegisterEmployerAsync("370202");
        var other = await app.RegisterAsync(AccountKind.Employer);

        var result = await app.WithServicesAsync(s => s.GetRequiredService<EmployerRegistration>()
            .SaveAsync(other.Id, EmployerTestData.Form("370202", first.CreditCode), Ct));

        Assert.Equal("employers.credit_code_taken", result.Error?.Code);
        Assert.Equal(1, await app.WithDbAsync(db => db.Employers.CountAsync(e => e.CreditCode == first.CreditCode, Ct)));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task DetailsPage_OrganisationCodeFailsGb11714_WarnsTheReviewingOfficer(bool organisationCodeValid, bool warned)
    {
        var code = EmployerTestData.NewCreditCode("370203", organisationCodeValid);
        var (_, employer) = await app.RegisterEmployerAsync("370203", creditCode: code);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var page = await officer.GetStringAsync($"/Employers/Review/Details?id={employer.Id}", Ct);

        Assert.Equal(code, employer.CreditCode);
        Assert.Equal(warned, page.Contains("organisation-code-warning", StringComparison.Ordinal));
        Assert.Equal(warned, page.Contains("GB 11714", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyOnDetailsPage_OfficerOfTheCity_VerifiesAndAudits()
    {
        var (_, employer) = await app.RegisterEmployerAsync("370203");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();
        var page = $"/Employers/Review/Details?id={employer.Id}";

        using var response = await YincaiAppFactory.PostFormAsync(officer, page + "&handler=Verify",
            new Dictionary<string, string> { ["id"] = employer.Id.ToString(), ["version"] = employer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            tokenFrom: page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EmployerStatus.Verified, (await app.ReloadAsync(employer.Id)).Status);
        var update = Assert.Single(await app.AuditEntriesAfterAsync(mark), a => a.EntityType == nameof(Employer) && a.Action == AuditActions.Update);
        Assert.Contains("\"Status\":\"Verified\"", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyOnDetailsPage_OfficerOfAnotherCity_Gets404AndChangesNothing()
    {
        var (_, employer) = await app.RegisterEmployerAsync("370203");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        var page = $"/Employers/Review/Details?id={employer.Id}";

        using var view = await jinan.GetAsync(page, Ct);
        using var verify = await YincaiAppFactory.PostFormAsync(jinan, page + "&handler=Verify",
            new Dictionary<string, string> { ["id"] = employer.Id.ToString(), ["version"] = "0" }, tokenFrom: "/Employers/Review");

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verify.StatusCode);
        Assert.Equal(EmployerStatus.Pending, (await app.ReloadAsync(employer.Id)).Status);
    }

    [Fact]
    public async Task GetEmployer_ApiOfAnotherCity_Returns404()
    {
        var (_, employer) = await app.RegisterEmployerAsync("370102");
        using var qingdao = await app.ClientAsync(Via.Bearer, "officer.qd");
        using var jinan = await app.ClientAsync(Via.Bearer, "officer.jn");

        using var outside = await qingdao.GetAsync($"/api/v1/employers/{employer.Id}", Ct);
        using var inside = await jinan.GetAsync($"/api/v1/employers/{employer.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
    }

    [Fact]
    [Trait("Rule", "ENT-01")]
    public async Task KeyContactList_EachCityKeepsItsOwnAndTheProvinceSeesAll()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (_, qingdao) = await app.RegisterEmployerAsync("370211", "青岛重点企业" + suffix);
        var (_, jinan) = await app.RegisterEmployerAsync("370112", "济南重点企业" + suffix);
        await app.WithDbAsync(async db =>
        {
            foreach (var e in await db.Employers.Where(e => e.Id == qingdao.Id || e.Id == jinan.Id).ToListAsync(Ct))
            {
                e.Verify(Guid.CreateVersion7(), DateTime.UtcNow);
                e.SetKeyContact(true, DateTime.UtcNow);
            }
            await db.SaveChangesAsync(Ct);
        });
        using var qdOfficer = await app.ClientAsync(Via.Cookie, "officer.qd");
        using var sdOfficer = await app.ClientAsync(Via.Cookie, "officer.sd");

        var cityList = await (await qdOfficer.GetAsync($"/Employers/Review?keyContact=true&q={suffix}", Ct)).Content.ReadAsStringAsync(Ct);
        var provinceList = await (await sdOfficer.GetAsync($"/Employers/Review?keyContact=true&q={suffix}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("青岛重点企业" + suffix, cityList, StringComparison.Ordinal);
        Assert.DoesNotContain("济南重点企业" + suffix, cityList, StringComparison.Ordinal);
        Assert.Contains("青岛重点企业" + suffix, provinceList, StringComparison.Ordinal);
        Assert.Contains("济南重点企业" + suffix, provinceList, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ENT-01")]
    public async Task KeyContactOnDetailsPage_PendingEmployer_ShowsWhyNot()
    {
        var (_, employer) = await app.RegisterEmployerAsync("370202");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var page = $"/Employers/Review/Details?id={employer.Id}";

        using var response = await YincaiAppFactory.PostFormAsync(officer, page + "&handler=KeyContact", new Dictionary<string, string>
        {
            ["id"] = employer.Id.ToString(), ["version"] = employer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["keyContact"] = "true",
        }, tokenFrom: page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("只有已核验的单位才能设为重点联系企业", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False((await app.ReloadAsync(employer.Id)).IsKeyContact);
    }

    [Fact]
    public async Task ReviewPages_EmployerUser_IsDenied()
    {
        var (user, _) = await app.RegisterEmployerAsync("370202");
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);

        using var response = await browser.GetAsync("/Employers/Review", Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.StatusCode == HttpStatusCode.Redirect);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
