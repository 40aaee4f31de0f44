using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-13: the one-to-one help plan (一人一策) of a disadvantaged graduate: a named officer, steps with dates, followed until the
/// graduate is placed, when it closes. Its existence says the person is disadvantaged, so it lives in the county's scope and every
/// view of it is recorded.
/// </summary>
public sealed class HelpPlan : IRegionScoped
{
    private HelpPlan() { }

    public HelpPlan(Graduate graduate, Guid officerId, DateTime nowUtc)
    {
        Id = Ids.New();
        (GraduateId, RegionCode, OfficerId, CreatedAtUtc) = (graduate.Id, graduate.RegionCode, officerId, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid GraduateId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid OfficerId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosingNote { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => ClosedOn is null;

    /// <summary>The graduate is placed: the plan has done its work.</summary>
    public Result Close(DateOnly on, string note)
    {
        if (!IsOpen) return GraduateErrors.PlanClosed;
        (ClosedOn, ClosingNote) = (on, note.Trim());
        Version++;
        return Result.Ok();
    }

    /// <summary>Back in the database (a job lost): help goes on.</summary>
    public void Reopen()
    {
        (ClosedOn, ClosingNote) = (null, null);
        Version++;
    }
}
