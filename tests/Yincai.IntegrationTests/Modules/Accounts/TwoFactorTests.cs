using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>Authenticator codes work once; printed recovery codes sign in when the phone is lost.</summary>
public sealed class TwoFactorTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(TestAccount Account, string Key, IReadOnlyList<string> RecoveryCodes)> EnrolledTalentAsync()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        var (key, codes) = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(talent.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 2);
            return ((await users.GetAuthenticatorKeyAsync(user))!, (IReadOnlyList<string>)recovery!.ToList());
        });
        return (talent, key, codes);
    }

    private Task<bool> VerifyAsync(Guid userId, string code) =>
        app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        });

    [Fact]
    public async Task VerifyTwoFactorToken_SameCodeTwice_AcceptsOnlyTheFirst()
    {
        var (talent, key, _) = await EnrolledTalentAsync();
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

        var first = await VerifyAsync(talent.Id, code);
        var second = await VerifyAsync(talent.Id, code);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task VerifyTwoFactorToken_CodeFromThreeStepsAgo_IsRefused()
    {
        var (talent, key, _) = await EnrolledTalentAsync();
        var stale = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(-90));

        var accepted = await VerifyAsync(talent.Id, stale);

        Assert.False(accepted);
    }

    [Fact]
    public async Task SignInWith2fa_RecoveryCode_SignsInOnce()
    {
        var (talent, _, codes) = await EnrolledTalentAsync();
        using var browser = app.CreateBrowser();
        using var password = await YincaiAppFactory.PostLoginAsync(browser, talent.UserName, talent.Password);
        Assert.Equal("/Accounts/LoginWith2fa", password.Headers.Location?.OriginalString.Split('?')[0]);

        using var recovered = await YincaiAppFactory.PostFormAsync(browser, "/Accounts/LoginWith2fa",
            new Dictionary<string, string> { ["Input.Code"] = codes[0] });

        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        using var me = await browser.GetAsync("/api/v1/auth/me", Ct);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var left = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            return await users.CountRecoveryCodesAsync((await users.FindByIdAsync(talent.Id.ToString()))!);
        });
        Assert.Equal(1, left);
    }

    [Fact]
    public async Task IssueToken_RecoveryCode_IssuesATokenOnce()
    {
        var (talent, _, codes) = await EnrolledTalentAsync();
        using var client = app.CreateClient();

        using var first = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = talent.UserName, password = talent.Password, twoFactorCode = codes[0] }, Ct);
        using var again = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = talent.UserName, password = talent.Password, twoFactorCode = codes[0] }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task IssueToken_OfficerWithoutCode_IsRefused()
    {
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = officer.UserName, password = officer.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DemoStaff_InDevelopment_AreEnrolledAndTheirKeysPrintedAsOtpauthUris()
    {
        var enrolled = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var found = new List<(Yincai.Modules.Accounts.Demo.DemoAccount Account, bool TwoFactor, string? Key)>();
            foreach (var account in Yincai.Modules.Accounts.Demo.DemoAccounts.All)
            {
                // Talents and employer users are found by their mobile's blind index, as sign-in finds them.
                var index = services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>().BlindIndex(account.UserName);
                var user = account.Kind == AccountKind.Staff
                    ? (await users.FindByNameAsync(account.UserName))!
                    : await users.Users.SingleAsync(u => u.MobileIndex == index, Ct);
                found.Add((account, user.TwoFactorEnabled, await users.GetAuthenticatorKeyAsync(user)));
            }
            return found;
        });

        foreach (var (account, twoFactor, key) in enrolled)
        {
            Assert.Equal(account.Kind == AccountKind.Staff, twoFactor);
            if (account.Kind != AccountKind.Staff) continue;
            var line = Yincai.Modules.Accounts.Demo.DemoAccounts.ConsoleLine(account, YincaiAppFactory.DemoPassword, key);
            Assert.Contains(account.UserName + " ", line, StringComparison.Ordinal);
            Assert.Contains(YincaiAppFactory.DemoPassword, line, StringComparison.Ordinal);
            Assert.EndsWith($"otpauth://totp/Yincai:{account.UserName}?secret={key}&issuer=Yincai", line, StringComparison.Ordinal);
            Assert.Single(line.Split('\n'));
        }
    }
}
