using System.Text;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Yincai.IntegrationTests.Modules.Talents;

namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>
/// A year of the holiday calendar loaded the day its notice comes out: before, every answer in that year says it is an
/// estimate; the system administrator loads the file on /Regions/Calendar (audited, all or nothing); from then on both
/// running copies of the app answer by it, without a restart. A database per test: loading 2027 changes what others would see.
/// </summary>
public sealed class CalendarLoadTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly byte[] Sample2027 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestFiles", "holidays-2027-sample.json"));
    private static readonly DateOnly NationalDayEve2027 = new(2027, 9, 30);

    private readonly YincaiAppFactory _first = new();
    private YincaiAppFactory? _second;

    public ValueTask InitializeAsync() => _first.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    private static Task<WorkingDayAnswer<DateOnly>> FiveAfterAsync(YincaiAppFactory copy) =>
        copy.Services.GetRequiredService<WorkingDays>().AddAsync(NationalDayEve2027, 5, Ct);

    private async Task<HttpClient> SystemAdminAsync()
    {
        var admin = await _first.CreateStaffAsync(DemoData.Shandong, Roles.SystemAdmin);
        var key = await _first.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(admin.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        var browser = _first.CreateBrowser();
        using var password = await YincaiAppFactory.PostLoginAsync(browser, admin.UserName, admin.Password);
        using var code = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/LoginWith2fa",
            new Dictionary<string, string> { ["Input.Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return browser;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient admin, byte[] file, string name = "2027.json") =>
        ProfileTestData.PostMultipartAsync(admin, "/Regions/Calendar", new Dictionary<string, string>(), "file", name, file, "application/json");

    [Fact]
    public async Task LoadYear_SampleOf2027_EveryCopyCountsByItFromItsNextAnswer()
    {
        _second = _first.SecondCopy();
        await _second.InitializeAsync();
        using var admin = await SystemAdminAsync();
        var onSecondBefore = await FiveAfterAsync(_second!);
        var pageBefore = await admin.GetStringAsync("/Regions/Calendar?from=2027-09-30&count=5", Ct);
        var sequence = await _first.LastAuditSequenceAsync();

        using var upload = await UploadAsync(admin, Sample2027);
        var onFirstAfter = await FiveAfterAsync(_first);
        var onSecondAfter = await FiveAfterAsync(_second!);
        var pageAfter = await admin.GetStringAsync("/Regions/Calendar?from=2027-09-30&count=5", Ct);
        var audit = await _first.AuditEntriesAfterAsync(sequence);

        Assert.False(onSecondBefore.Known);
        Assert.Equal(new DateOnly(2027, 10, 7), onSecondBefore.Value); // Monday to Friday: through the National Day holiday
        Assert.Contains("2027年的节假日安排尚未载入，2027年10月7日是按周一至周五估算的", pageBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.True(onFirstAfter.Known);
        Assert.Equal(new DateOnly(2027, 10, 13), onFirstAfter.Value); // 10-08, 10-09 (adjusted Saturday), 10-11, 10-12, 10-13
        Assert.True(onSecondAfter.Known);
        Assert.Equal(new DateOnly(2027, 10, 13), onSecondAfter.Value);
        Assert.DoesNotContain("尚未载入，2027年", pageAfter, StringComparison.Ordinal);
        Assert.Contains("2027年10月13日", pageAfter, StringComparison.Ordinal);
        var load = Assert.Single(audit, a => a.EntityType == nameof(CalendarYear));
        Assert.Equal("2027", load.EntityId);
        Assert.NotNull(load.ActorId);
    }

    [Fact]
    public async Task LoadYear_FileWithBadRows_NamesThemAndLoadsNothing()
    {
        using var admin = await SystemAdminAsync();
        var bad = Encoding.UTF8.GetString(Sample2027).Replace("\"2027-10-09\"", "\"2027-10-32\"", StringComparison.Ordinal)
            .Replace("\"isOffDay\": true", "\"isOffDay\": \"true\"", StringComparison.Ordinal);
        var sequence = await _first.LastAuditSequenceAsync();

        using var upload = await UploadAsync(admin, Encoding.UTF8.GetBytes(bad));
        var html = WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync(Ct));
        var loaded = await _first.WithDbAsync(db => db.CalendarYears.AnyAsync(y => y.Year == 2027, Ct));
        var dates = await _first.WithDbAsync(db => db.CalendarEntries.CountAsync(e => e.NoticeYear == 2027, Ct));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("“2027-10-32”不是 YYYY-MM-DD 格式的日期", html, StringComparison.Ordinal);
        Assert.Contains("days[0].isOffDay（第1条）", html, StringComparison.Ordinal);
        Assert.False(loaded);
        Assert.Equal(0, dates);
        Assert.DoesNotContain(await _first.AuditEntriesAfterAsync(sequence), a => a.EntityType == nameof(CalendarYear));
    }

    [Fact]
    public async Task LoadYear_EmptyFileAsPublishedBeforeTheNotice_IsRefused()
    {
        using var admin = await SystemAdminAsync();

        using var upload = await UploadAsync(admin, Encoding.UTF8.GetBytes("""{ "year": 2027, "papers": [], "days": [] }"""));
        var html = WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync(Ct));

        Assert.Contains("days：2027年的日期为空", html, StringComparison.Ordinal);
        Assert.False(await _first.WithDbAsync(db => db.CalendarYears.AnyAsync(y => y.Year == 2027, Ct)));
        Assert.False((await FiveAfterAsync(_first)).Known);
    }

    [Fact]
    public async Task CalendarPage_Officer_IsForbidden()
    {
        using var officer = await _first.ClientAsync(Via.Cookie, "officer.qd");

        using var response = await officer.GetAsync("/Regions/Calendar", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
