using System.Text.Json;
using Yincai.Modules.Accounts;
using Yincai.Modules.Talents;
using Yincai.Platform.Validation;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>/api/v1/talents/me: a talent writes their profile from an app by the profile page's rules (every problem named by field in
/// the caller's language, nothing saved), reads it back with the ID number masked; a number on file is kept when left out.</summary>
public sealed class TalentApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task Talent_WritesTheProfileByTheApi_ProblemsByField_ThenReadsItBackMasked()
    {
        var user = await app.RegisterAsync(AccountKind.Talent);
        using var client = await app.CreateApiClientAsync(user.UserName, user.Password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var idNumber = TalentTestData.NewIdNumber("370102");

        using var none = await client.GetAsync("/api/v1/talents/me", Ct);
        using var empty = await client.PutAsJsonAsync("/api/v1/talents/me", new { }, Ct);
        using var badCategory = await client.PutAsJsonAsync("/api/v1/talents/me", new
        {
            fullName = "王小明", idNumber, householdRegionCode = "370102", categories = new[] { "Officer" },
        }, Ct);
        using var badId = await client.PutAsJsonAsync("/api/v1/talents/me", new { fullName = "王小明", idNumber = idNumber[..17] + (idNumber[17] == '0' ? "1" : "0"), householdRegionCode = "370102" }, Ct);
        using var stillNone = await client.GetAsync("/api/v1/talents/me", Ct);
        using var saved = await client.PutAsJsonAsync("/api/v1/talents/me", new
        {
            fullName = "王小明", idNumber, householdRegionCode = "370102", mobile = "13912345678", categories = new[] { "UnemployedGraduate" },
            disadvantaged = new[] { "PoorFamily" },
        }, Ct);
        // A replacement of the whole profile: the ID number left out is kept on file.
        using var renamed = await client.PutAsJsonAsync("/api/v1/talents/me", new { fullName = "王晓明", householdRegionCode = "370102" }, Ct);
        using var read = await client.GetAsync("/api/v1/talents/me", Ct);

        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await JsonAsync(empty)).GetProperty("errors");
        Assert.Contains("姓名", errors.GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("householdRegionCode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.Contains("Officer", (await JsonAsync(badCategory)).GetProperty("errors").GetProperty("categories")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.True((await JsonAsync(badId)).GetProperty("errors").TryGetProperty("idNumber", out _));
        Assert.Equal(HttpStatusCode.NotFound, stillNone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("UnemployedGraduate", (await JsonAsync(saved)).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var profile = await JsonAsync(read);
        Assert.Equal("王晓明", profile.GetProperty("fullName").GetString());
        Assert.Equal(ResidentIdNumber.Mask(idNumber), profile.GetProperty("idNumberMasked").GetString());
        Assert.DoesNotContain(idNumber, await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("PoorFamily", await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.UserId == user.Id, Ct));
        Assert.Equal(profile.GetProperty("id").GetGuid(), stored.Id);
        Assert.NotEqual("", stored.DisadvantagedCipher);
    }
}
