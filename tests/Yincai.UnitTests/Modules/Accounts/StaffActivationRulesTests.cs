using Yincai.Modules.Accounts.Activation;

namespace Yincai.UnitTests.Modules.Accounts;

public sealed class StaffActivationRulesTests
{
    private static readonly DateTime Issued = new(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    [Fact]
    public void Issue_NewLink_StoresOnlyTheHashOfARandomToken()
    {
        var (activation, token) = StaffActivation.Issue(Guid.CreateVersion7(), null, Issued, Lifetime, awaitsApproval: false);
        var (_, other) = StaffActivation.Issue(Guid.CreateVersion7(), null, Issued, Lifetime, awaitsApproval: false);

        Assert.Equal(43, token.Length); // 32 random bytes, base64url
        Assert.NotEqual(token, other);
        Assert.Equal(StaffActivation.Hash(token), activation.TokenHash);
        Assert.DoesNotContain(token, activation.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void IsUsable_WithinTheLifetime_UntilUsedOrRevokedOrExpired()
    {
        var (used, _) = StaffActivation.Issue(Guid.CreateVersion7(), null, Issued, Lifetime, awaitsApproval: false);
        var (revoked, _) = StaffActivation.Issue(Guid.CreateVersion7(), null, Issued, Lifetime, awaitsApproval: false);
        var (fresh, _) = StaffActivation.Issue(Guid.CreateVersion7(), null, Issued, Lifetime, awaitsApproval: false);

        used.Use(Issued.AddHours(1));
        revoked.Revoke(Issued.AddHours(1));

        Assert.False(used.IsUsable(Issued.AddHours(2)));
        Assert.False(revoked.IsUsable(Issued.AddHours(2)));
        Assert.True(fresh.IsUsable(Issued.AddHours(71)));
        Assert.False(fresh.IsUsable(Issued.AddHours(72)));
        Assert.Throws<InvalidOperationException>(() => used.Use(Issued.AddHours(3)));
    }

    [Fact]
    public void IsUsable_AwaitingApproval_OnlyOnceApproved()
    {
        var (activation, _) = StaffActivation.Issue(Guid.CreateVersion7(), Guid.CreateVersion7(), Issued, Lifetime, awaitsApproval: true);

        var before = activation.IsUsable(Issued.AddMinutes(1));
        activation.Approved();

        Assert.False(before);
        Assert.True(activation.IsUsable(Issued.AddMinutes(2)));
    }
}
