using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>A talent signed in through the real form, and the forms the profile pages post.</summary>
public static class ProfileTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A talent with a saved record (name, ID number, household region) and a browser signed in as them.</summary>
    public static async Task<SignedInTalent> SignedInTalentAsync(this YincaiAppFactory app, string householdRegionCode = "370202",
        string fullName = "测试人才")
    {
        var (user, talent, idNumber) = await app.CreateTalentAsync(householdRegionCode, fullName);
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);
        return new SignedInTalent(user, talent, idNumber, browser);
    }

    public static Task<Talent> ReloadTalentAsync(this YincaiAppFactory app, Guid talentId) =>
        app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.Id == talentId, Ct));

    /// <summary>Posts a form with files, the antiforgery token taken from the GET of <paramref name="path"/>.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient browser, string path, IDictionary<string, string> fields,
        string fileField, string fileName, byte[] content, string contentType = "application/pdf")
    {
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, path);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        return await browser.PostAsync(path, form, Ct);
    }

    /// <summary>The smallest file that passes as a PDF by content: the signature and an end-of-file marker.</summary>
    public static byte[] Pdf(int padding = 200)
    {
        var body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + new string(' ', padding) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return System.Text.Encoding.ASCII.GetBytes(body);
    }

    public static Dictionary<string, string> Education(string school, DegreeLevel degree, string major, string graduated,
        string? country = null) => new()
    {
        ["Form.Abroad"] = country is null ? "false" : "true", ["Form.SchoolName"] = school, ["Form.Country"] = country ?? "",
        ["Form.Degree"] = degree.ToString(), ["Form.MajorName"] = major, ["Form.GraduationDate"] = graduated,
    };
}

/// <summary>A talent of a test, with the browser signed in as them (dispose it).</summary>
public sealed record SignedInTalent(TestAccount User, Talent Talent, string IdNumber, HttpClient Browser) : IDisposable
{
    public void Dispose() => Browser.Dispose();
}
