using Yincai.Platform;

namespace Yincai.Modules.Stations.Programs;

/// <summary>
/// An accreditation program (talent stations of a city, returnee homes of a province) as data: its definition from the
/// notice, and the window in which it takes applications (STN-07), which the program's officers set.
/// </summary>
public sealed class StationProgram
{
    private ProgramDefinition? _definition;

    private StationProgram() { }

    public StationProgram(ProgramDefinition definition, DateOnly? applicationsFrom, DateOnly? applicationsUntil)
    {
        Id = Ids.New();
        Code = definition.Code;
        DefinitionJson = definition.ToJson();
        (ApplicationsFrom, ApplicationsUntil) = (applicationsFrom, applicationsUntil);
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string DefinitionJson { get; private set; } = "";
    public DateOnly? ApplicationsFrom { get; private set; }
    public DateOnly? ApplicationsUntil { get; private set; }
    public int Version { get; private set; }

    public ProgramDefinition Definition => _definition ??= ProgramDefinition.Parse(DefinitionJson);

    public bool TakesApplicationsOn(DateOnly day) =>
        (ApplicationsFrom is not { } from || day >= from) && (ApplicationsUntil is not { } until || day <= until);

    public Platform.Result SetWindow(DateOnly? from, DateOnly? until)
    {
        if (from is { } f && until is { } u && u < f) return StationErrors.WindowOrder;
        (ApplicationsFrom, ApplicationsUntil) = (from, until);
        Version++;
        return Platform.Result.Ok();
    }

    /// <summary>The region prefix of the program's officers (who name stations): "3702" for Qingdao, "32" for Jiangsu.</summary>
    public string ProgramPrefix => Platform.RegionScope.PrefixOf(Definition.RegionCode);

    /// <summary>The prefix of the officers one level below the program who hold a <see cref="StageLevel.Local"/> stage
    /// for a station of <paramref name="stationRegion"/>: its district for a city's program, its city for a province's.</summary>
    public string LocalPrefix(string stationRegion) => ProgramPrefix.Length switch
    {
        2 => stationRegion[..4],
        _ => stationRegion,
    };

    public string StagePrefix(ReviewStage stage, string stationRegion) =>
        stage.Level == StageLevel.Program ? ProgramPrefix : LocalPrefix(stationRegion);
}
