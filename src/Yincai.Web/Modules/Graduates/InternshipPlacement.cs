using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// A graduate's internship (见习, GRD-08) at a host employer: the basis of eligibility on the start date, the planned period, and
/// how it ended. The intake is the start year: each host's retention is counted per intake (the subsidy issue uses it).
/// </summary>
public sealed class InternshipPlacement : IRegionScoped
{
    private InternshipPlacement() { }

    public InternshipPlacement(Graduate graduate, Guid hostEmployerId, string hostName, InternshipBasis basis, DateOnly startOn, DateOnly endOn,
        Guid? officerId, DateTime nowUtc)
    {
        Id = Ids.New();
        (GraduateId, TalentId, RegionCode, HostEmployerId, HostName, Basis, StartOn, EndOn, OfficerId, CreatedAtUtc) =
            (graduate.Id, graduate.TalentId, graduate.RegionCode, hostEmployerId, hostName, basis, startOn, endOn, officerId, nowUtc);
        IntakeYear = startOn.Year;
    }

    public Guid Id { get; private set; }
    public Guid GraduateId { get; private set; }
    public Guid TalentId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid HostEmployerId { get; private set; }
    public string HostName { get; private set; } = "";
    public InternshipBasis Basis { get; private set; }
    public DateOnly StartOn { get; private set; }
    public DateOnly EndOn { get; private set; }
    public int IntakeYear { get; private set; }
    public InternshipOutcome Outcome { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public Guid? OfficerId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>How it ended: kept on or not at the end of the period, or left before it (any day from the start).</summary>
    public Result End(InternshipOutcome outcome, DateOnly on, DateOnly today)
    {
        if (Outcome != InternshipOutcome.Ongoing) return GraduateErrors.InternshipEnded;
        if (outcome == InternshipOutcome.Ongoing) return GraduateErrors.InternshipOutcomeNeeded;
        if (on > today) return GraduateErrors.InternshipEndInFuture;
        if (on < StartOn) return GraduateErrors.InternshipEndBeforeStart;
        (Outcome, EndedOn) = (outcome, on);
        Version++;
        return Result.Ok();
    }
}
