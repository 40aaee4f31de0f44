using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Programs;

/// <summary>
/// The programs configured from their notices (Programs/*.json, see SOURCE.md), added at each start when missing and never
/// overwritten: once loaded, the program's officers own its window.
/// </summary>
public sealed class StationProgramData(YincaiDb db) : IReferenceData
{
    public const string QingdaoTalentStations = "qd-talent-station";
    public const string JiangsuReturneeHomes = "js-returnee-home";

    private static readonly string[] Files = ["qingdao-talent-stations.json", "jiangsu-returnee-homes.json"];

    public int Order => 50;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var present = await db.StationPrograms.Select(p => p.Code).ToListAsync(cancellationToken);
        foreach (var definition in Files.Select(Read).Where(d => !present.Contains(d.Code)))
            db.StationPrograms.Add(new StationProgram(definition, definition.PilotFrom, null));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static ProgramDefinition Read(string file)
    {
        var name = "Yincai.StationPrograms." + file;
        using var stream = typeof(StationProgramData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return ProgramDefinition.Parse(reader.ReadToEnd());
    }
}
