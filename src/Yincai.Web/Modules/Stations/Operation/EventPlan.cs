using System.Text.Json;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>
/// A named station's yearly plan of talent events (STN-11, 每年制定引才聚才活动计划): once the program's officers approve it,
/// the station's events of that year run in the approving office's name (<see cref="HostOfficeName"/>) without approval one by one.
/// </summary>
public sealed class EventPlan : IRegionScoped
{
    public const int MaxLines = 50;

    private EventPlan() { }

    public EventPlan(Guid stationId, string regionCode, int year)
    {
        Id = Ids.New();
        (StationId, RegionCode, Year, Status) = (stationId, regionCode, year, EventPlanStatus.Draft);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public int Year { get; private set; }
    public string LinesJson { get; private set; } = "[]";
    public EventPlanStatus Status { get; private set; }
    public Guid? ApprovedBy { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public string? HostOfficeName { get; private set; }
    public string? ReturnReason { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<PlannedEvent> Lines => JsonSerializer.Deserialize<List<PlannedEvent>>(LinesJson, ProgramDefinition.Json) ?? [];

    public Result Edit(IReadOnlyList<PlannedEvent> lines)
    {
        if (Status is not (EventPlanStatus.Draft or EventPlanStatus.Returned)) return StationErrors.PlanNotEditable;
        LinesJson = JsonSerializer.Serialize(lines, ProgramDefinition.Json);
        Version++;
        return Result.Ok();
    }

    public Result Submit()
    {
        if (Status is not (EventPlanStatus.Draft or EventPlanStatus.Returned)) return StationErrors.PlanNotEditable;
        if (Lines.Count == 0) return StationErrors.PlanEmpty;
        (Status, ReturnReason) = (EventPlanStatus.Submitted, null);
        Version++;
        return Result.Ok();
    }

    public Result Approve(Guid officerId, string hostOfficeName, DateTime nowUtc)
    {
        if (Status != EventPlanStatus.Submitted) return StationErrors.PlanNotSubmitted;
        (Status, ApprovedBy, ApprovedAtUtc, HostOfficeName) = (EventPlanStatus.Approved, officerId, nowUtc, hostOfficeName);
        Version++;
        return Result.Ok();
    }

    public Result Return(string reason)
    {
        if (Status != EventPlanStatus.Submitted) return StationErrors.PlanNotSubmitted;
        if (string.IsNullOrWhiteSpace(reason)) return StationErrors.ReasonRequired;
        (Status, ReturnReason) = (EventPlanStatus.Returned, reason.Trim());
        Version++;
        return Result.Ok();
    }
}
