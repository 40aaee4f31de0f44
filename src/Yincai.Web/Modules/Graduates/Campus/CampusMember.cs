using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

public enum CampusMemberStatus
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
    Removed = 4,
}

/// <summary>
/// An account that asks to act for a university, and the officer's answer: an officer of the university's city (or above)
/// confirms that the person works in its employment office before they see its graduates.
/// </summary>
public sealed class CampusMember : IRegionScoped
{
    private CampusMember() { }

    public CampusMember(Guid campusId, string regionCode, Guid userId, string fullName, string position, DateTime nowUtc)
    {
        Id = Ids.New();
        (CampusId, RegionCode, UserId, FullName, Position, RequestedAtUtc) = (campusId, regionCode, userId, fullName.Trim(), position.Trim(), nowUtc);
        Status = CampusMemberStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid CampusId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid UserId { get; private set; }
    public string FullName { get; private set; } = "";
    public string Position { get; private set; } = "";
    public CampusMemberStatus Status { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? Reason { get; private set; }
    public int Version { get; private set; }

    public Result Decide(bool approve, string? reason, Guid officerId, DateTime nowUtc)
    {
        if (Status != CampusMemberStatus.Pending) return GraduateErrors.MemberDecided;
        if (!approve && string.IsNullOrWhiteSpace(reason)) return GraduateErrors.ReasonNeeded;
        (Status, Reason, DecidedBy, DecidedAtUtc) =
            (approve ? CampusMemberStatus.Approved : CampusMemberStatus.Refused, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), officerId, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result Remove(string reason, Guid officerId, DateTime nowUtc)
    {
        if (Status != CampusMemberStatus.Approved) return GraduateErrors.MemberDecided;
        if (string.IsNullOrWhiteSpace(reason)) return GraduateErrors.ReasonNeeded;
        (Status, Reason, DecidedBy, DecidedAtUtc) = (CampusMemberStatus.Removed, reason.Trim(), officerId, nowUtc);
        Version++;
        return Result.Ok();
    }
}
