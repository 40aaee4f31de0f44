using System.Security.Cryptography;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Certificates;

/// <summary>
/// The province's certificate (“山东省校园青年引才大使”证书) for a filed ambassador (AMB-06): a number, the issue date and an
/// expiry that follows the time at school and is at most three years. Anyone may verify it by its number or by the code in
/// its QR link; an exit or a re-appointment revokes it.
/// </summary>
public sealed class AmbassadorCertificate : IRegionScoped
{
    private AmbassadorCertificate() { }

    public AmbassadorCertificate(Guid ambassadorId, string regionCode, string number, DateOnly issuedOn, DateOnly expectedLeavingOn,
        int maxYears, Guid issuedBy)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, Number, IssuedOn, IssuedBy) = (ambassadorId, regionCode, number, issuedOn, issuedBy);
        ExpiresOn = ExpiryOf(issuedOn, expectedLeavingOn, maxYears);
        VerificationCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string Number { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public Guid IssuedBy { get; private set; }
    /// <summary>Random and unguessable: the QR link carries it, so certificates cannot be walked through by number.</summary>
    public string VerificationCode { get; private set; } = "";
    public DateOnly? RevokedOn { get; private set; }
    public string? RevokedReason { get; private set; }
    public DateTime? ExpiryNoticeSentAtUtc { get; private set; }

    /// <summary>AMB-06: the earlier of issue + <paramref name="maxYears"/> years and the expected day of leaving school.</summary>
    public static DateOnly ExpiryOf(DateOnly issuedOn, DateOnly expectedLeavingOn, int maxYears)
    {
        var cap = issuedOn.AddYears(maxYears);
        return expectedLeavingOn < cap ? expectedLeavingOn : cap;
    }

    public CertificateState StateOn(DateOnly today) =>
        RevokedOn is not null ? CertificateState.Revoked : ExpiresOn < today ? CertificateState.Expired : CertificateState.Valid;

    public void Revoke(DateOnly on, string reason)
    {
        if (RevokedOn is not null) return;
        (RevokedOn, RevokedReason) = (on, reason);
    }

    public void ExpiryNoticeSent(DateTime nowUtc) => ExpiryNoticeSentAtUtc = nowUtc;

    /// <summary>Numbers read 370000-2026-00001: the province, the year of issue, a running number of that year.</summary>
    public static string NumberOf(string provinceCode, int year, int sequence) => $"{provinceCode}-{year}-{sequence:D5}";
}
