using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Contracts;

/// <summary>A talent on a university's list of its graduates (the real-name database, source "university"): their degree and year
/// are the university's word, not the talent's.</summary>
public sealed record ListedGraduate(Guid TalentId, string UniversityCode, int CohortYear);

/// <summary>One intern of a host's intake: the planned period and how it ended.</summary>
public sealed record HostIntern(Guid PlacementId, DateOnly StartOn, DateOnly EndOn, DateOnly? EndedOn, InternOutcome Outcome);

/// <summary>How an internship ended, as other modules see it.</summary>
public enum InternOutcome
{
    Ongoing = 0,
    Retained = 1,
    NotRetained = 2,
    LeftEarly = 3,
}

/// <summary>
/// What the graduates' records prove for benefits without an upload (invisible certification, ENT-05): who is on a university's list,
/// and a host's interns per intake (GRD-09). Across region scopes: the benefit's region and the claimant decide, and the caller says so.
/// </summary>
public sealed class GraduateProofs(YincaiDb db)
{
    public async Task<Dictionary<Guid, ListedGraduate>> ListedAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<Guid, ListedGraduate>();
        foreach (var chunk in talentIds.Chunk(1000))
            foreach (var g in await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                         .Where(g => chunk.Contains(g.TalentId) && g.Source == GraduateSource.University && g.UniversityCode != null)
                         .Select(g => new ListedGraduate(g.TalentId, g.UniversityCode!, g.CohortYear)).ToListAsync(cancellationToken))
                listed[g.TalentId] = g;
        return listed;
    }

    /// <summary>The intake years in which the employer hosted interns, newest first.</summary>
    public Task<List<int>> IntakesOfHostAsync(Guid employerId, CancellationToken cancellationToken) =>
        db.Internships.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(p => p.HostEmployerId == employerId)
            .Select(p => p.IntakeYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    /// <summary>The intake years of each of these employers that hosted interns, newest first: one look-up for a page of hosts.</summary>
    public async Task<Dictionary<Guid, List<int>>> IntakesOfHostsAsync(IReadOnlyCollection<Guid> employerIds, CancellationToken cancellationToken) =>
        (await db.Internships.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(p => employerIds.Contains(p.HostEmployerId))
            .Select(p => new { p.HostEmployerId, p.IntakeYear }).Distinct().ToListAsync(cancellationToken))
        .GroupBy(p => p.HostEmployerId).ToDictionary(g => g.Key, g => g.Select(p => p.IntakeYear).OrderByDescending(y => y).ToList());

    public Task<List<HostIntern>> InternsAsync(Guid employerId, int intakeYear, CancellationToken cancellationToken) =>
        db.Internships.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(p => p.HostEmployerId == employerId && p.IntakeYear == intakeYear)
            .OrderBy(p => p.StartOn).ThenBy(p => p.Id)
            .Select(p => new HostIntern(p.Id, p.StartOn, p.EndOn, p.EndedOn, (InternOutcome)(int)p.Outcome)).ToListAsync(cancellationToken);
}
