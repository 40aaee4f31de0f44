using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Contracts;

/// <summary>A named station's year: distinct talents served, services, allocations (hires it referred) and events held.</summary>
public sealed record StationYear(Guid StationId, string Name, string RegionCode, int PeopleServed, int Services, int Allocations, int Events);

/// <summary>A program's year in the viewer's scope against its targets (STN-08, RET-01); a target is null where the notice names
/// none, or where the scope holds only part of the program (a district does not carry the city's target).</summary>
public sealed record ProgramProgress(Guid ProgramId, string Code, string Name, string RegionCode, int? StationsTarget, int? EventsTarget,
    int? AllocationsTarget, int? ServedPerStationTarget, int Named, int Events, int Allocations, IReadOnlyList<StationYear> Stations);

/// <summary>What the reports ask of the stations and homes: each program of the scope, its named stations and their year, counted
/// by the same queries as the program page and each station's own figures.</summary>
public sealed class StationProgress(YincaiDb db, StationAccreditation accreditation, StationOperation operation)
{
    public const string TalentStations = Programs.StationProgramData.QingdaoTalentStations;
    public const string ReturneeHomes = Programs.StationProgramData.JiangsuReturneeHomes;

    public async Task<List<ProgramProgress>> OfYearAsync(RegionScope scope, int year, CancellationToken cancellationToken)
    {
        var progress = new List<ProgramProgress>();
        var prefix = scope.Prefix ?? "";
        foreach (var program in await accreditation.ProgramsAsync(cancellationToken))
        {
            var programPrefix = program.ProgramPrefix;
            if (!programPrefix.StartsWith(prefix, StringComparison.Ordinal) && !prefix.StartsWith(programPrefix, StringComparison.Ordinal)) continue;
            var whole = programPrefix.StartsWith(prefix, StringComparison.Ordinal);
            var stations = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .Where(s => s.ProgramId == program.Id && s.Status == StationStatus.Named && s.RegionCode.StartsWith(prefix))
                .OrderBy(s => s.RegionCode).ThenBy(s => s.Name).Select(s => new { s.Id, s.Name, s.RegionCode }).ToListAsync(cancellationToken);
            var years = new List<StationYear>();
            foreach (var s in stations)
            {
                var f = await operation.FiguresAsync(s.Id, year, cancellationToken);
                years.Add(new StationYear(s.Id, s.Name, s.RegionCode, f.PeopleServed, f.Services, f.Allocations, f.Events));
            }
            var total = await operation.ProgramFiguresAsync(stations.Select(s => s.Id).ToList(), year, cancellationToken);
            var targets = program.Definition.Targets;
            progress.Add(new ProgramProgress(program.Id, program.Code, program.Definition.Name.ToString(), program.Definition.RegionCode,
                whole ? targets.Stations : null, whole ? targets.Events : null, whole ? targets.Allocations : null, targets.PeopleServedPerStation,
                stations.Count, total.Events, total.Allocations, years));
        }
        return progress;
    }

    /// <summary>The public list of a program's named stations, within a region when given: the count behind "named".</summary>
    public static string NamedLink(Guid programId, string? regionPrefix) =>
        $"/Stations?program={programId}" + (string.IsNullOrEmpty(regionPrefix) ? "" : "&region=" + regionPrefix);

    public static string StationLink(Guid stationId) => $"/Stations/View?id={stationId}";
}
