using System.Text.RegularExpressions;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>SECURITY.md A07: neither the sign-in form nor registration tells a stranger whether an account exists.</summary>
public sealed partial class AccountEnumerationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, string Summary)> AnswerAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, Summary().Match(html).Groups["text"].Value.Trim());
    }

    /// <summary>Registers through the app's own service and returns the mobile number (sign-in by mobile works whatever the user name is).</summary>
    private async Task<(Guid Id, string Mobile, string Password)> RegisteredAsync()
    {
        var mobile = TestData.NewMobile();
        var password = TestData.NewPassword();
        var result = await app.WithServicesAsync(services => services.GetRequiredService<AccountRegistration>()
            .RegisterProvedAsync(new NewAccount(AccountKind.Talent, mobile, null, "原来的主人", password, AcceptsTerms: true), Ct));
        Assert.False(result.IsError, result.Error?.Code);
        return (result.Value!.Id, mobile, password);
    }

    private static List<string> CookieNames(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies.Select(c => c.Split('=')[0]).Order()] : [];

    /// <summary>The public form, with the SMS code the number received (whoever holds the phone).</summary>
    private Task<HttpResponseMessage> RegisterAsync(HttpClient browser, string mobile, string password) =>
        app.RegisterByFormAsync(browser, AccountKind.Talent, mobile, "冒名者", password);

    [Fact]
    public async Task SignIn_LockedAccount_AnswersExactlyAsAWrongPasswordAndStaysLocked()
    {
        var locked = await app.RegisterAsync(AccountKind.Talent);
        var other = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await YincaiAppFactory.PostLoginAsync(browser, locked.UserName, "Wrong#Pass" + i);
        }
        var mark = await app.LastAuditSequenceAsync();

        using var rightButLocked = await YincaiAppFactory.PostLoginAsync(browser, locked.UserName, locked.Password);
        var lockedAnswer = await AnswerAsync(rightButLocked);
        using var wrongPassword = await YincaiAppFactory.PostLoginAsync(browser, other.UserName, "Wrong#Pass1");
        var wrongAnswer = await AnswerAsync(wrongPassword);

        Assert.Equal(HttpStatusCode.OK, lockedAnswer.Status);
        Assert.NotEqual("", wrongAnswer.Summary);
        Assert.Equal(wrongAnswer, lockedAnswer);
        using var me = await browser.GetAsync("/api/v1/auth/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        var audited = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audited, a => a.Action == AuditActions.SignIn && a.ActorId == locked.Id && a.Outcome == AuditOutcome.Failure
            && (a.After ?? "").Contains("lockedout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_MobileThatHasAnAccount_AnswersAsANewRegistrationAndTellsTheOwner()
    {
        var owner = await RegisteredAsync();
        using var intruder = app.CreateBrowser();
        using var newcomer = app.CreateBrowser();
        var newMobile = TestData.NewMobile();

        using var taken = await RegisterAsync(intruder, owner.Mobile, TestData.NewPassword());
        using var fresh = await RegisterAsync(newcomer, newMobile, TestData.NewPassword());

        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(Ct), await taken.Content.ReadAsStringAsync(Ct));
        Assert.Equal(CookieNames(fresh), CookieNames(taken));
        using var takenMe = await intruder.GetAsync("/api/v1/auth/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, takenMe.StatusCode);
        // The owner's account is as it was, and the owner is told someone tried.
        using var ownerBrowser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(ownerBrowser, owner.Mobile, owner.Password);
        var ownerName = await app.WithDbAsync(db => db.Users.Where(u => u.Id == owner.Id).Select(u => u.DisplayName).SingleAsync(Ct));
        Assert.Equal("原来的主人", ownerName);
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == owner.Id).Select(n => n.TemplateKey).ToListAsync(Ct));
        Assert.Equal(["RegisterAttempt", "WelcomeTalent"], told.Order(StringComparer.Ordinal)); // no second welcome
        using var inbox = await ownerBrowser.GetAsync("/Notifications", Ct);
        Assert.Contains("有人尝试用您的手机号码注册", await inbox.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // The newcomer's account exists and signs in with what they chose.
        Assert.NotNull(await app.UserIdByMobileAsync(newMobile));
    }

    [Fact]
    public async Task Register_NewMobile_LeadsToSignInWithANoteAndTheAccountWorks()
    {
        using var browser = app.CreateBrowser();
        var mobile = TestData.NewMobile();
        var password = TestData.NewPassword();

        using var registered = await RegisterAsync(browser, mobile, password);
        using var next = await browser.GetAsync(registered.Headers.Location, Ct);
        var html = await next.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains("注册已受理", html, StringComparison.Ordinal);
        await YincaiAppFactory.SignInAsync(browser, mobile, password);
    }

    [GeneratedRegex("<div class=\"[^\"]*validation-summary-errors[^\"]*\"[^>]*>(?<text>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();
}
