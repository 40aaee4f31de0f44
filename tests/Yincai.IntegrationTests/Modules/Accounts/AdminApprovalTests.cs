using Microsoft.AspNetCore.Identity;
using Yincai.Modules.Accounts.Approvals;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>
/// 三权分立 for the admin accounts themselves: creating one, disabling or enabling it, resetting its two-step sign-in and
/// its activation link are requests that take effect only when an administrator of another admin role approves them;
/// nobody decides their own request or one about their own account, and an admin is disabled by the other two roles.
/// </summary>
public sealed class AdminApprovalTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<AdminApproval> PendingAsync(string targetUserName) =>
        app.WithDbAsync(db => db.AdminApprovals.AsNoTracking()
            .SingleAsync(a => a.TargetUserName == targetUserName && a.Status == AdminApprovalStatus.Pending, Ct));

    private Task<AppUser> AccountAsync(Guid id) => app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id, Ct));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAuditorOnAdminPage_SystemAdmin_TakesEffectOnlyWhenAnotherAdminRoleApproves()
    {
        var (systemAdmin, systemAdminAccount) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (securityAdmin, securityAdminAccount) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var userName = TestData.UniqueUserName("auditor");
        var mark = await app.LastAuditSequenceAsync();

        using var requested = await YincaiAppFactory.PostFormAsync(systemAdmin, "/Accounts/Admin/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "新审计员", ["Input.ScopeRegionCode"] = DemoData.Shandong, ["Input.Roles"] = Roles.Auditor,
        });
        var existsBefore = await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName, Ct));
        var approval = await PendingAsync(userName);
        var securityAdminPage = await securityAdmin.GetStringAsync("/Accounts/Approvals", Ct);
        var told = await app.ToldWhoAsync(NotificationKinds.AdminApprovalCreate, userName);
        using var ownDecision = await AdminTestData.DecideAsync(systemAdmin, approval.Id, approve: true);
        using var approved = await AdminTestData.DecideAsync(securityAdmin, approval.Id, approve: true);

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.False(existsBefore);
        Assert.Equal((Roles.Auditor, systemAdminAccount.Id, Roles.SystemAdmin), (approval.TargetRole, approval.RequestedById, approval.RequestedByRole));
        Assert.Contains(userName, securityAdminPage, StringComparison.Ordinal);
        Assert.Contains(securityAdminAccount.Id, told);
        Assert.DoesNotContain(systemAdminAccount.Id, told);
        await AssertRefusedAsync(ownDecision, "不能审批自己提出的申请");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var created = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            return (user.PasswordHash, Roles: await users.GetRolesAsync(user));
        });
        Assert.Null(created.PasswordHash);
        Assert.Equal([Roles.Auditor], created.Roles);
        var audit = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audit, a => a.Action == AuditActions.ApprovalRequested && a.ActorId == systemAdminAccount.Id);
        Assert.Contains(audit, a => a.Action == AuditActions.ApprovalApproved && a.EntityId == approval.Id.ToString());
        Assert.Contains(audit, a => a.Action == AuditActions.StaffCreated && (a.After ?? "").Contains(userName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisableAuditor_RequestedBySystemAdmin_TakesEffectWhenTheSecurityAdminApproves()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var (auditorBrowser, auditor) = await app.SignedInAdminAsync(Roles.Auditor);

        using var requested = await AdminTestData.PostOnDetailsPageAsync(systemAdmin, "Disable", auditor.Id);
        var stillActive = !(await AccountAsync(auditor.Id)).IsDisabled;
        var approval = await PendingAsync(auditor.UserName);
        using var byTarget = await AdminTestData.DecideAsync(auditorBrowser, approval.Id, approve: true);
        using var approved = await AdminTestData.DecideAsync(securityAdmin, approval.Id, approve: true);

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.True(stillActive);
        await AssertRefusedAsync(byTarget, "不能对自己的账号执行此操作");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.True((await AccountAsync(auditor.Id)).IsDisabled);
    }

    [Fact]
    public async Task DisableSecurityAdmin_SameRoleCannotApprove_TheAuditorCan()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (secondSystemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (auditor, _) = await app.SignedInAdminAsync(Roles.Auditor);
        var target = await app.CreateStaffAsync(DemoData.Shandong, Roles.SecurityAdmin);

        using var requested = await AdminTestData.PostOnDetailsPageAsync(systemAdmin, "Disable", target.Id);
        var approval = await PendingAsync(target.UserName);
        using var sameRole = await AdminTestData.DecideAsync(secondSystemAdmin, approval.Id, approve: true);
        var afterSameRole = (await AccountAsync(target.Id)).IsDisabled;
        using var approved = await AdminTestData.DecideAsync(auditor, approval.Id, approve: true);

        await AssertRefusedAsync(sameRole, "须由另一类管理员审批");
        Assert.False(afterSameRole);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.True((await AccountAsync(target.Id)).IsDisabled);
    }

    [Fact]
    public async Task DisableSystemAdmin_ByASystemAdmin_IsRefused_BySecurityAdminAndAuditor_TakesEffect()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var (auditor, _) = await app.SignedInAdminAsync(Roles.Auditor);
        var target = await app.CreateStaffAsync(DemoData.Shandong, Roles.SystemAdmin);

        using var bySameRole = await AdminTestData.PostOnDetailsPageAsync(systemAdmin, "Disable", target.Id);
        var pendingAfterSameRole = await app.WithDbAsync(db => db.AdminApprovals.AnyAsync(a => a.TargetUserId == target.Id, Ct));
        using var requested = await AdminTestData.PostOnSecurityPageAsync(securityAdmin, "Disable", target.Id);
        var approval = await PendingAsync(target.UserName);
        using var approved = await AdminTestData.DecideAsync(auditor, approval.Id, approve: true);

        await AssertRefusedAsync(bySameRole, "须由另外两类管理员办理");
        Assert.False(pendingAfterSameRole);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.True((await AccountAsync(target.Id)).IsDisabled);
    }

    [Fact]
    public async Task ResetTwoFactorOfSystemAdmin_Refused_StaysOnAndIsAudited()
    {
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var (auditor, auditorAccount) = await app.SignedInAdminAsync(Roles.Auditor);
        var (targetBrowser, target) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var mark = await app.LastAuditSequenceAsync();

        using var requested = await AdminTestData.PostOnSecurityPageAsync(securityAdmin, "ResetTwoFactor", target.Id);
        var approval = await PendingAsync(target.UserName);
        using var byTarget = await AdminTestData.DecideAsync(targetBrowser, approval.Id, approve: true);
        using var refused = await AdminTestData.DecideAsync(auditor, approval.Id, approve: false);

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        await AssertRefusedAsync(byTarget, "不能对自己的账号执行此操作");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.True((await AccountAsync(target.Id)).TwoFactorEnabled);
        var decided = await app.WithDbAsync(db => db.AdminApprovals.AsNoTracking().SingleAsync(a => a.Id == approval.Id, Ct));
        Assert.Equal((AdminApprovalStatus.Refused, auditorAccount.Id), (decided.Status, decided.DecidedById));
        Assert.Contains(await app.AuditEntriesAfterAsync(mark), a => a.Action == AuditActions.ApprovalRefused && a.ActorId == auditorAccount.Id);
    }

    [Fact]
    public async Task ActivationLinkOfAdmin_WorksOnlyOnceAnotherAdminRoleApproves()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var pending = await app.CreatePendingStaffAsync(DemoData.Shandong, Roles.Auditor);
        using var owner = app.CreateBrowser();

        using var issued = await AdminTestData.PostOnSecurityPageAsync(securityAdmin, "Activation", pending.Id);
        var html = await issued.Content.ReadAsStringAsync(Ct);
        var link = AdminTestData.ActivationLink(html)!;
        var path = link.StartsWith('/') ? link : new Uri(link).PathAndQuery;
        var beforeApproval = await owner.GetStringAsync(path, Ct);
        var approval = await PendingAsync(pending.UserName);
        var systemAdminPage = await systemAdmin.GetStringAsync("/Accounts/Approvals", Ct);
        using var approved = await AdminTestData.DecideAsync(systemAdmin, approval.Id, approve: true);
        var afterApproval = await owner.GetStringAsync(path, Ct);

        Assert.Contains("须经另一类管理员审批后才能使用", html, StringComparison.Ordinal);
        Assert.Contains("该激活链接无效或已过期", beforeApproval, StringComparison.Ordinal);
        Assert.Equal(AdminApprovalKind.IssueActivation, approval.Kind);
        Assert.DoesNotContain("/Accounts/Activate", systemAdminPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.DoesNotContain("该激活链接无效或已过期", afterApproval, StringComparison.Ordinal);
        Assert.Contains(pending.UserName, afterApproval, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostChangeAsync(HttpClient systemAdmin, Guid id, string scope, params string[] roles) =>
        YincaiAppFactory.PostFormAsync(systemAdmin, $"/Accounts/Admin/Details?id={id}&handler=Change",
            [new("id", id.ToString()), new("Input.ScopeRegionCode", scope), .. roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r))],
            tokenFrom: $"/Accounts/Admin/Details?id={id}");

    [Fact]
    public async Task ChangeScopeOfAuditor_OnDetailsPage_TakesEffectWhenAnotherAdminRoleApproves()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var (securityAdmin, _) = await app.SignedInAdminAsync(Roles.SecurityAdmin);
        var auditor = await app.CreateStaffAsync(DemoData.Shandong, Roles.Auditor);

        using var requested = await PostChangeAsync(systemAdmin, auditor.Id, DemoData.Qingdao, Roles.Auditor);
        var scopeBefore = (await AccountAsync(auditor.Id)).ScopeRegionCode;
        var approval = await PendingAsync(auditor.UserName);
        using var approved = await AdminTestData.DecideAsync(securityAdmin, approval.Id, approve: true);

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal(DemoData.Shandong, scopeBefore);
        Assert.Equal(AdminApprovalKind.ChangeRoles, approval.Kind);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(DemoData.Qingdao, (await AccountAsync(auditor.Id)).ScopeRegionCode);
    }

    [Fact]
    public async Task ChangeRolesOnDetailsPage_OfficerToReviewer_TakesEffectAtOnce_OfficerToAuditor_WaitsForApproval()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);
        var promoted = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);

        using var toReviewer = await PostChangeAsync(systemAdmin, officer.Id, DemoData.Qingdao, Roles.Officer, Roles.Reviewer);
        using var toAuditor = await PostChangeAsync(systemAdmin, promoted.Id, DemoData.Qingdao, Roles.Auditor);

        Assert.Equal(HttpStatusCode.Redirect, toReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, toAuditor.StatusCode);
        var roles = await app.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                                 where ur.UserId == officer.Id || ur.UserId == promoted.Id
                                                 select new { ur.UserId, r.Name }).ToListAsync(Ct));
        Assert.Equal([Roles.Officer, Roles.Reviewer], roles.Where(r => r.UserId == officer.Id).Select(r => r.Name).Order());
        Assert.Equal([Roles.Officer], roles.Where(r => r.UserId == promoted.Id).Select(r => r.Name));
        Assert.Equal((AdminApprovalKind.ChangeRoles, Roles.Auditor), ((await PendingAsync(promoted.UserName)).Kind, (await PendingAsync(promoted.UserName)).TargetRole));
    }

    [Fact]
    public async Task ChangeRolesOnDetailsPage_AuditorBesideOfficer_NamesTheRolesFieldAndChangesNothing()
    {
        var (systemAdmin, _) = await app.SignedInAdminAsync(Roles.SystemAdmin);
        var officer = await app.CreateStaffAsync(DemoData.Qingdao, Roles.Officer);

        using var response = await PostChangeAsync(systemAdmin, officer.Id, DemoData.Qingdao, Roles.Officer, Roles.Auditor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"data-valmsg-for=""Input.Roles""[^>]*>[^<]*角色：", await response.Content.ReadAsStringAsync(Ct));
        Assert.False(await app.WithDbAsync(db => db.AdminApprovals.AnyAsync(a => a.TargetUserId == officer.Id, Ct)));
    }
}
