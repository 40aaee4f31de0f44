using Microsoft.AspNetCore.Identity;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>
/// A staff account's first secret is the owner's own: the system admin creates the account without a password, the
/// security admin issues a one-time link (stored hashed, 72 hours, single use, replaced by a newer one) and hands it
/// over, and the owner sets a password with it. Every link that does not work gets the same answer.
/// </summary>
public sealed class StaffActivationTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PathOf(string link) => link.StartsWith('/') ? link : new Uri(link).PathAndQuery;

    private async Task<string> IssueOnSecurityPageAsync(HttpClient securityAdmin, Guid accountId)
    {
        using var issued = await AdminTestData.PostOnSecurityPageAsync(securityAdmin, "Activation", accountId);
        var html = await issued.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return PathOf(AdminTestData.ActivationLink(html) ?? throw new InvalidOperationException("No activation link on the page."));
    }

    private static async Task<HttpResponseMessage> ActivateAsync(HttpClient browser, string path, string password, string? confirm = null) =>
        await YincaiAppFactory.PostFormAsync(browser, path, new Dictionary<string, string>
        {
            ["token"] = Uri.UnescapeDataString(path.Split("token=")[1]), ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm ?? password,
        }, tokenFrom: "/Accounts/Login"); // a spent link renders no form

    [Fact]
    public async Task CreateOnAdminPage_SystemAdmin_AccountHasNoPasswordAndThePageShowsNoSecret()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var userName = TestData.UniqueUserName("qd");

        using var created = await YincaiAppFactory.PostFormAsync(systemAdmin, "/Accounts/Admin/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "市南区经办人", ["Input.ScopeRegionCode"] = "370202", ["Input.Roles"] = Roles.Officer,
        });
        var details = await systemAdmin.GetStringAsync(created.Headers.Location!.OriginalString, Ct);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, Ct));
        Assert.Null(user.PasswordHash);
        Assert.DoesNotContain("/Accounts/Activate", details, StringComparison.Ordinal);
        Assert.Contains("待激活", details, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.StaffActivations.AnyAsync(a => a.UserId == user.Id, Ct)));
    }

    [Fact]
    public async Task ActivationLink_IssuedBySecurityAdmin_OwnerSetsOwnPasswordAndIsSignedIn()
    {
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var pending = await app.CreatePendingStaffAsync(DemoData.Qingdao, Roles.Officer);
        var mark = await app.LastAuditSequenceAsync();
        var path = await IssueOnSecurityPageAsync(securityAdmin, pending.Id);
        var password = TestData.NewPassword();
        using var owner = app.CreateBrowser();

        var form = await owner.GetStringAsync(path, Ct);
        using var activated = await ActivateAsync(owner, path, password);
        using var workspace = await owner.GetAsync("/Workspace/Home", Ct);
        using var again = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(again, pending.UserName, password);

        Assert.Contains(pending.UserName, form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.NotEqual("/Accounts/Login", workspace.Headers.Location?.OriginalString.Split('?')[0]);
        var token = Uri.UnescapeDataString(path.Split("token=")[1]);
        var stored = await app.WithDbAsync(db => db.StaffActivations.AsNoTracking().SingleAsync(a => a.UserId == pending.Id, Ct));
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(StaffActivationHash(token), stored.TokenHash);
        Assert.NotNull(stored.UsedAtUtc);
        Assert.Equal(TimeSpan.FromHours(72), stored.ExpiresAtUtc - stored.IssuedAtUtc);
        var audit = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audit, a => a.Action == AuditActions.ActivationIssued && a.EntityId == pending.Id.ToString() && a.Outcome == AuditOutcome.Success);
        Assert.Contains(audit, a => a.Action == AuditActions.ActivationUsed && a.ActorId == pending.Id && a.Outcome == AuditOutcome.Success);
        Assert.DoesNotContain(audit, a => (a.After ?? "").Contains(token, StringComparison.Ordinal) || (a.Before ?? "").Contains(token, StringComparison.Ordinal));
    }

    private static string StaffActivationHash(string token) => Yincai.Modules.Accounts.Activation.StaffActivation.Hash(token);

    [Fact]
    public async Task ActivationLink_NewAdminAfterActivating_MustEnrolAnAuthenticatorFirst()
    {
        var pending = await app.CreatePendingStaffAsync(DemoData.Shandong, Roles.Auditor);
        var issued = await app.WithServicesAsync(async services =>
        {
            var user = (await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(pending.Id.ToString()))!;
            return (await services.GetRequiredService<Yincai.Modules.Accounts.Activation.StaffActivations>().IssueAsync(user, Ct)).Value!;
        });
        using var owner = app.CreateBrowser();

        using var activated = await ActivateAsync(owner, PathOf(issued.Link), TestData.NewPassword());
        using var audit = await owner.GetAsync("/Audit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.Equal("/Accounts/TwoFactor", audit.Headers.Location?.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task ActivationLink_UsedReplacedOrUnknown_GetsTheSameInvalidAnswerAndChangesNothing()
    {
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var pending = await app.CreatePendingStaffAsync(DemoData.Jinan, Roles.Officer);
        var first = await IssueOnSecurityPageAsync(securityAdmin, pending.Id);
        var second = await IssueOnSecurityPageAsync(securityAdmin, pending.Id);
        using var owner = app.CreateBrowser();
        var mark = await app.LastAuditSequenceAsync();

        var replaced = await owner.GetStringAsync(first, Ct);
        using var replacedPost = await ActivateAsync(owner, first, TestData.NewPassword());
        using var used = await ActivateAsync(owner, second, TestData.NewPassword());
        using var stranger = app.CreateBrowser();
        var usedAgain = await stranger.GetStringAsync(second, Ct);
        using var usedAgainPost = await ActivateAsync(stranger, second, TestData.NewPassword());
        var unknown = await stranger.GetStringAsync("/Accounts/Activate?token=" + new string('A', 43), Ct);
        var none = await stranger.GetStringAsync("/Accounts/Activate", Ct);

        const string invalid = "该激活链接无效或已过期";
        Assert.Contains(invalid, replaced, StringComparison.Ordinal);
        Assert.Contains(invalid, await replacedPost.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains(invalid, usedAgain, StringComparison.Ordinal);
        Assert.DoesNotContain(pending.UserName, usedAgain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, usedAgainPost.StatusCode);
        Assert.Contains(invalid, await usedAgainPost.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(invalid, unknown, StringComparison.Ordinal);
        Assert.Contains(invalid, none, StringComparison.Ordinal);
        var failures = (await app.AuditEntriesAfterAsync(mark)).Count(a => a.Action == AuditActions.ActivationUsed && a.Outcome == AuditOutcome.Failure);
        Assert.Equal(2, failures);
    }

    [Fact]
    public async Task ActivateForm_WeakOrMismatchedPassword_NamesTheFieldAndTheLinkStillWorks()
    {
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var pending = await app.CreatePendingStaffAsync(DemoData.Qingdao, Roles.Officer);
        var path = await IssueOnSecurityPageAsync(securityAdmin, pending.Id);
        using var owner = app.CreateBrowser();

        using var weak = await ActivateAsync(owner, path, "short");
        using var mismatch = await ActivateAsync(owner, path, TestData.NewPassword(), TestData.NewPassword());
        using var good = await ActivateAsync(owner, path, TestData.NewPassword());

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("field-validation-error", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }
}
