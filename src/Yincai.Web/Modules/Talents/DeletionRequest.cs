using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>
/// A talent's request to erase their data. Officers of the household region handle it: on completion the personal
/// data is removed and what the law requires to keep (applications and hires counted in statistics, consents, the
/// audit trail) stays, tied to an anonymous record.
/// </summary>
public sealed class DeletionRequest : IRegionScoped
{
    private DeletionRequest() { }

    public DeletionRequest(Guid talentId, string regionCode, string? reason, DateTime nowUtc)
    {
        Id = Ids.New();
        (TalentId, RegionCode, Reason, RequestedAtUtc, Status) = (talentId, regionCode, reason, nowUtc, DeletionStatus.Pending);
    }

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string? Reason { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public DeletionStatus Status { get; private set; }
    public Guid? HandledBy { get; private set; }
    public DateTime? HandledAtUtc { get; private set; }
    public string? Note { get; private set; }
    public int Version { get; private set; }

    public Result Complete(Guid officerId, DateTime nowUtc) => Handle(DeletionStatus.Completed, officerId, null, nowUtc);

    public Result Decline(Guid officerId, string note, DateTime nowUtc) => Handle(DeletionStatus.Declined, officerId, note, nowUtc);

    private Result Handle(DeletionStatus status, Guid officerId, string? note, DateTime nowUtc)
    {
        if (Status != DeletionStatus.Pending) return TalentErrors.DeletionHandled;
        (Status, HandledBy, HandledAtUtc, Note) = (status, officerId, nowUtc, note);
        Version++;
        return Result.Ok();
    }
}

public enum DeletionStatus
{
    Pending = 1,
    Completed = 2,
    Declined = 3,
}
