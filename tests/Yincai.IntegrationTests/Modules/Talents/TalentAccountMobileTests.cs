using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Yincai.Platform.Protection;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>Talents and employer users sign in by mobile number, yet the account table keeps the number only encrypted,
/// with a blind index; the user name names nobody.</summary>
public sealed class TalentAccountMobileTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Spaced(string mobile) => $"+86 {mobile[..3]} {mobile[3..7]} {mobile[7..]}";

    private Task<HttpResponseMessage> RegisterAsync(HttpClient browser, AccountKind kind, string mobile, string name, string password) =>
        app.RegisterByFormAsync(browser, kind, mobile, name, password);

    /// <summary>Every column of the account's row as text.</summary>
    private async Task<string> RawRowAsync(Guid userId)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM accounts_user WHERE \"Id\" = '"
            + (app.Provider == DatabaseProvider.Sqlite ? userId.ToString().ToUpperInvariant() : userId.ToString()) + "'";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        return string.Join('\n', Enumerable.Range(0, reader.FieldCount)
            .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
    }

    private async Task<Guid> UserIdByMobileAsync(string mobile) =>
        await app.UserIdByMobileAsync(mobile) ?? throw new InvalidOperationException("No account signs in with " + mobile);

    [Theory]
    [InlineData(AccountKind.Talent)]
    [InlineData(AccountKind.Employer)]
    public async Task Register_ByMobile_KeepsTheNumberOnlyEncryptedAndSignsInByItOnThePageAndTheApi(AccountKind kind)
    {
        var mobile = TestData.NewMobile();
        var password = TestData.NewPassword();
        using var browser = app.CreateBrowser();

        using var registered = await RegisterAsync(browser, kind, mobile, "手机号测试", password);
        using var signedIn = await YincaiAppFactory.PostLoginAsync(app.CreateBrowser(), Spaced(mobile), password);
        using var api = app.CreateClient();
        using var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = mobile, password }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var userId = await UserIdByMobileAsync(mobile);
        var row = await RawRowAsync(userId);
        Assert.DoesNotContain(mobile, row, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile[3..], row, StringComparison.Ordinal);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, Ct));
        Assert.Equal((AppUser.NameFor(kind, userId), null), (user.UserName, user.PhoneNumber));
        Assert.Equal(mobile, app.Services.GetRequiredService<FieldProtection>().Decrypt(user.MobileCipher!));
    }

    [Fact]
    public async Task Register_MobileOfAnAccountWrittenAnotherWay_CreatesNoSecondAccount()
    {
        var mobile = TestData.NewMobile();
        var name = "重复" + Guid.NewGuid().ToString("N")[..6];
        // The number's owner registered a while ago (a code a minute per number: the form's own would still be waiting).
        var first = await app.WithServicesAsync(services => services.GetRequiredService<AccountRegistration>()
            .RegisterProvedAsync(new NewAccount(AccountKind.Talent, mobile, null, name, TestData.NewPassword(), AcceptsTerms: true), Ct));
        Assert.False(first.IsError);

        using var second = await RegisterAsync(app.CreateBrowser(), AccountKind.Employer, Spaced(mobile), name, TestData.NewPassword());

        // The second answers as a new registration would (nobody learns the number has an account) and creates nothing.
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/Accounts/Login?registered=True", second.Headers.Location?.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.DisplayName == name, Ct)));
        await UserIdByMobileAsync(mobile); // exactly one account has the number
    }

    [Fact]
    public async Task ProtectLegacyMobiles_AccountNamedByItsMobile_KeepsItOnlyEncryptedAndStillSignsInByIt()
    {
        var mobile = TestData.NewMobile();
        var password = TestData.NewPassword();
        var id = await app.WithServicesAsync(async services =>
        {
            // As registration made accounts before: the number as user name and, in clear, as phone.
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = mobile, PhoneNumber = mobile, DisplayName = "旧账号", Kind = AccountKind.Talent,
                CreatedAtUtc = DateTime.UtcNow, PasswordChangedAtUtc = DateTime.UtcNow, LockoutEnabled = true,
            };
            var users = services.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Talent)).Succeeded);
            return user.Id;
        });

        await app.WithServicesAsync(services => services.GetRequiredService<AccountDirectory>().ProtectLegacyMobilesAsync(Ct));

        Assert.DoesNotContain(mobile, await RawRowAsync(id), StringComparison.Ordinal);
        Assert.Equal(id, await UserIdByMobileAsync(mobile));
        await YincaiAppFactory.SignInAsync(app.CreateBrowser(), mobile, password);
    }
}
