using Yincai.Modules.Employers.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers;

/// <summary>
/// An employer (用人单位) identified by its unified social credit code. The officer of its region verifies it
/// before its jobs are published, and may mark it a key-contact enterprise (重点联系企业, ENT-01).
/// </summary>
public sealed class Employer : IRegionScoped
{
    private Employer() { }

    public Employer(EmployerDetails details, Guid registeredBy, DateTime nowUtc)
    {
        Id = Ids.New();
        Apply(details);
        Status = EmployerStatus.Pending;
        RegisteredBy = registeredBy;
        RegisteredAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public string CreditCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string IndustryCode { get; private set; } = "";
    public OwnershipType Ownership { get; private set; }
    public EmployerSize Size { get; private set; }
    public string Address { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public EmployerStatus Status { get; private set; }
    public string? ReviewNote { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public bool IsKeyContact { get; private set; }
    public DateTime? KeyContactSinceUtc { get; private set; }
    public Guid RegisteredBy { get; private set; }
    public DateTime RegisteredAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>Blacklisted after an upheld complaint (GRD-14): its jobs are taken down and new ones refused.</summary>
    public DateTime? BlacklistedAtUtc { get; private set; }

    public string? BlacklistReason { get; private set; }
    public Guid? BlacklistedBy { get; private set; }

    public bool IsBlacklisted => BlacklistedAtUtc is not null;

    public void Blacklist(string reason, Guid officerId, DateTime nowUtc)
    {
        if (IsBlacklisted) return;
        (BlacklistedAtUtc, BlacklistReason, BlacklistedBy) = (nowUtc, reason, officerId);
        IsKeyContact = false;
        KeyContactSinceUtc = null;
        Version++;
    }

    public void LiftBlacklist()
    {
        if (!IsBlacklisted) return;
        (BlacklistedAtUtc, BlacklistReason, BlacklistedBy) = (null, null, null);
        Version++;
    }

    /// <summary>The employer corrects its record. A change of name, code or region needs verifying again.</summary>
    public void Update(EmployerDetails details)
    {
        var identityChanged = details.CreditCode != CreditCode || details.Name != Name || details.RegionCode != RegionCode;
        Apply(details);
        if (identityChanged || Status == EmployerStatus.Rejected)
        {
            Status = EmployerStatus.Pending;
            IsKeyContact = false;
            KeyContactSinceUtc = null;
        }
        Version++;
    }

    public Result Verify(Guid officerId, DateTime nowUtc)
    {
        if (Status != EmployerStatus.Pending) return EmployerErrors.NotPending;
        (Status, ReviewNote, ReviewedBy, ReviewedAtUtc) = (EmployerStatus.Verified, null, officerId, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result Reject(Guid officerId, string reason, DateTime nowUtc)
    {
        if (Status != EmployerStatus.Pending) return EmployerErrors.NotPending;
        if (string.IsNullOrWhiteSpace(reason)) return EmployerErrors.ReasonRequired;
        (Status, ReviewNote, ReviewedBy, ReviewedAtUtc) = (EmployerStatus.Rejected, reason.Trim(), officerId, nowUtc);
        Version++;
        return Result.Ok();
    }

    /// <summary>Only a verified employer can be a key-contact enterprise.</summary>
    public Result SetKeyContact(bool isKeyContact, DateTime nowUtc)
    {
        if (isKeyContact && Status != EmployerStatus.Verified) return EmployerErrors.NotVerified;
        if (IsKeyContact == isKeyContact) return Result.Ok();
        (IsKeyContact, KeyContactSinceUtc) = (isKeyContact, isKeyContact ? nowUtc : null);
        Version++;
        return Result.Ok();
    }

    private void Apply(EmployerDetails d) =>
        (CreditCode, Name, RegionCode, IndustryCode, Ownership, Size, Address, ContactName, ContactPhone) =
        (d.CreditCode, d.Name, d.RegionCode, d.IndustryCode, d.Ownership, d.Size, d.Address, d.ContactName, d.ContactPhone);
}
