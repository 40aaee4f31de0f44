using Yincai.Modules.Accounts.Approvals;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.UnitTests.Modules.Accounts;

/// <summary>Who may decide a request on an admin account (三权分立).</summary>
public sealed class AdminApprovalRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Requester = Guid.CreateVersion7();
    private static readonly Guid Target = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();

    private static AdminApproval Request(AdminApprovalKind kind, string targetRole, string requesterRole) =>
        new(kind, kind == AdminApprovalKind.Create ? null : Target, "target", targetRole, "370000", null, Requester, "requester", requesterRole, Now);

    [Fact]
    public void CanDecide_OwnRequest_IsRefused() =>
        Assert.Equal("accounts.approval_own_request",
            Request(AdminApprovalKind.Create, Roles.Auditor, Roles.SystemAdmin).CanDecide(Requester, Roles.SecurityAdmin).Error?.Code);

    [Fact]
    public void CanDecide_RequestAboutOwnAccount_IsRefused() =>
        Assert.Equal("accounts.approval_own_account",
            Request(AdminApprovalKind.ResetTwoFactor, Roles.SystemAdmin, Roles.SecurityAdmin).CanDecide(Target, Roles.SystemAdmin).Error?.Code);

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.Officer)]
    [InlineData(null)]
    public void CanDecide_SameAdminRoleAsRequesterOrNoAdminRole_IsRefused(string? deciderRole) =>
        Assert.Equal("accounts.approval_same_role",
            Request(AdminApprovalKind.Create, Roles.Auditor, Roles.SystemAdmin).CanDecide(Other, deciderRole).Error?.Code);

    [Theory]
    [InlineData(AdminApprovalKind.Disable)]
    [InlineData(AdminApprovalKind.Enable)]
    public void CanDecide_DisableOrEnableByTheTargetsOwnRole_IsRefused(AdminApprovalKind kind) =>
        Assert.Equal("accounts.approval_target_role",
            Request(kind, Roles.SecurityAdmin, Roles.SystemAdmin).CanDecide(Other, Roles.SecurityAdmin).Error?.Code);

    [Fact]
    public void Decide_ByTheOtherTwoRoles_TakesEffectOnceOnly()
    {
        var approval = Request(AdminApprovalKind.Disable, Roles.Auditor, Roles.SystemAdmin);

        var first = approval.Decide(true, Other, "secadmin", Roles.SecurityAdmin, Now.AddMinutes(5));
        var second = approval.Decide(false, Guid.CreateVersion7(), "secadmin2", Roles.SecurityAdmin, Now.AddMinutes(6));

        Assert.False(first.IsError);
        Assert.Equal((AdminApprovalStatus.Approved, Other, 1), (approval.Status, approval.DecidedById, approval.Version));
        Assert.Equal("accounts.approval_not_pending", second.Error?.Code);
    }
}
