using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>One step of a station's record: who, when, what and why (DESIGN.md §3). Never changed once written.</summary>
public sealed class StationStep : IRegionScoped
{
    private StationStep() { }

    public StationStep(Station station, StepAction action, string? stageKey, Guid? actorId, string actorName, string? note, DateTime nowUtc,
        DateOnly? on = null)
    {
        Id = Ids.New();
        (StationId, RegionCode, Action, StageKey, ActorId, ActorName, Note, AtUtc, On) =
            (station.Id, station.RegionCode, action, stageKey, actorId, actorName, note, nowUtc, on);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public StepAction Action { get; private set; }
    public string? StageKey { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTime AtUtc { get; private set; }
    /// <summary>The day it happened when that is not the day it was recorded (a site visit).</summary>
    public DateOnly? On { get; private set; }
}
