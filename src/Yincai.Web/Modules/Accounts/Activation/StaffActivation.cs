using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Activation;

/// <summary>
/// A one-time link with which a new staff member sets their first password, so that the administrator who created
/// the account never knows it. Only the SHA-256 of the random token is stored; a link issued for an admin account
/// works only once a second administrator approved it.
/// </summary>
public sealed class StaffActivation
{
    private StaffActivation() { }

    private StaffActivation(Guid userId, string tokenHash, Guid? issuedById, DateTime nowUtc, TimeSpan lifetime, bool awaitsApproval)
    {
        Id = Ids.New();
        (UserId, TokenHash, IssuedById, IssuedAtUtc, ExpiresAtUtc, AwaitsApproval) =
            (userId, tokenHash, issuedById, nowUtc, nowUtc + lifetime, awaitsApproval);
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string TokenHash { get; private set; } = "";
    /// <summary>The security admin who issued it; null for the console's <c>admin create</c>.</summary>
    public Guid? IssuedById { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public bool AwaitsApproval { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>A new link and the token to hand over; the token itself is never stored.</summary>
    public static (StaffActivation Activation, string Token) Issue(Guid userId, Guid? issuedById, DateTime nowUtc, TimeSpan lifetime, bool awaitsApproval)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (new StaffActivation(userId, Hash(token), issuedById, nowUtc, lifetime, awaitsApproval), token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsUsable(DateTime nowUtc) => !AwaitsApproval && UsedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public bool IsOpen => UsedAtUtc is null && RevokedAtUtc is null;

    public void Use(DateTime nowUtc)
    {
        if (!IsUsable(nowUtc)) throw new InvalidOperationException("The activation link is not usable.");
        UsedAtUtc = nowUtc;
    }

    /// <summary>A newer link, or a refused approval, ends this one.</summary>
    public void Revoke(DateTime nowUtc)
    {
        if (IsOpen) RevokedAtUtc = nowUtc;
    }

    public void Approved() => AwaitsApproval = false;
}
