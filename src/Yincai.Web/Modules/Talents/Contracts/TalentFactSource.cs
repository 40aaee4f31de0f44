using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>What a talent's record says that benefits' rules read, with where the employment status came from.</summary>
public sealed record TalentFactRow(Guid Id, Guid? UserId, string FullName, string RegionCode, string? CurrentRegionCode, DegreeLevel Degree,
    int? GraduationYear, DateOnly? BirthDate, EmploymentStatus Employment, DateTime? EmploymentChangedAtUtc, TalentCategory Categories,
    DateTime UpdatedAtUtc)
{
    /// <summary>Who set the current employment status (a hire, an officer, the talent); null when it was never set.</summary>
    public EmploymentSource? EmploymentSource { get; init; }
}

/// <summary>
/// Talents as the Benefits module judges them (policy finds people, ENT-05): pages of live records with an account, in id order,
/// optionally only those changed since a moment. Across region scopes: a benefit's region, not the caller's, decides whom a run
/// judges, and the caller states it.
/// </summary>
public sealed class TalentFactSource(YincaiDb db)
{
    public async Task<List<TalentFactRow>> PageAsync(Guid? after, int size, DateTime? changedSinceUtc, CancellationToken cancellationToken)
    {
        var talents = db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => !t.IsErased && t.UserId != null);
        if (changedSinceUtc is { } since) talents = talents.Where(t => t.UpdatedAtUtc > since);
        if (after is { } last) talents = talents.Where(t => t.Id.CompareTo(last) > 0);
        return await WithSourcesAsync(await Project(talents.OrderBy(t => t.Id).Take(size)).ToListAsync(cancellationToken), cancellationToken);
    }

    public async Task<TalentFactRow?> OfIdAsync(Guid talentId, CancellationToken cancellationToken) =>
        (await WithSourcesAsync(await Project(db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(t => t.Id == talentId && !t.IsErased)).ToListAsync(cancellationToken), cancellationToken)).FirstOrDefault();

    private static IQueryable<TalentFactRow> Project(IQueryable<Talent> talents) =>
        talents.Select(t => new TalentFactRow(t.Id, t.UserId, t.FullName, t.RegionCode, t.CurrentRegionCode, t.HighestDegree, t.GraduationYear,
            t.BirthDate, t.Employment, t.EmploymentChangedAtUtc, t.Categories, t.UpdatedAtUtc));

    /// <summary>The source of each employed talent's status: the latest step of their employment history.</summary>
    private async Task<List<TalentFactRow>> WithSourcesAsync(List<TalentFactRow> rows, CancellationToken cancellationToken)
    {
        var employed = rows.Where(r => r.Employment == EmploymentStatus.Employed).Select(r => r.Id).ToList();
        if (employed.Count == 0) return rows;
        var sources = (await db.EmploymentChanges.AsNoTracking().Where(c => employed.Contains(c.TalentId))
                .Select(c => new { c.TalentId, c.AtUtc, c.Id, c.Source }).ToListAsync(cancellationToken))
            // Two steps at the same instant (a list and a hire in one save): the later written, by the time-ordered id.
            .GroupBy(c => c.TalentId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.AtUtc).ThenBy(c => c.Id).Last().Source);
        return rows.Select(r => sources.TryGetValue(r.Id, out var source) ? r with { EmploymentSource = source } : r).ToList();
    }
}
