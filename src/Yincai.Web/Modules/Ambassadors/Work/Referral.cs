using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>Someone followed an ambassador's link to a job or an event; signed in, they are known, and what they do there
/// afterwards (register, apply, get hired) counts for the ambassador.</summary>
public sealed class Referral : IRegionScoped
{
    private Referral() { }

    public Referral(Guid ambassadorId, string regionCode, ReferralTarget target, Guid targetId, Guid? userId, DateTime nowUtc)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, Target, TargetId, UserId, AtUtc) = (ambassadorId, regionCode, target, targetId, userId, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    /// <summary>The ambassador's city.</summary>
    public string RegionCode { get; private set; } = "";
    public ReferralTarget Target { get; private set; }
    public Guid TargetId { get; private set; }
    public Guid? UserId { get; private set; }
    public DateTime AtUtc { get; private set; }

    /// <summary>The anonymous visitor signed in afterwards in the same browser: from now on what they do counts.</summary>
    public void ClaimBy(Guid userId) => UserId ??= userId;
}
