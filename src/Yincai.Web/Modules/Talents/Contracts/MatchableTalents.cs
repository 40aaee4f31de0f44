using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Search;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>The columns of a talent that matching reads.</summary>
public sealed record TalentRow(Guid Id, string RegionCode, string? NativePlaceCode, List<string> IntendedRegionCodes,
    List<string> IntendedIndustryCodes, List<JobType> IntendedJobTypes, DegreeLevel HighestDegree, string? MajorCode,
    string? MajorName, int? GraduationYear, int? SalaryMinYuan, List<string> Skills, List<IntendedPosition>? Positions = null);

/// <summary>What a matched talent shows to an employer or officer: the name masked, nothing to identify them by.</summary>
public sealed record TalentCardForMatch(Guid Id, Guid? UserId, string MaskedName, DegreeLevel Degree, string? SchoolName,
    string? MajorName, int? GraduationYear, List<string> Skills);

/// <summary>A talent with a sign-in account as the weekly digest reads them: the matching row, where they live now, and the groups
/// they are in (whom an event is for).</summary>
public sealed record TalentWithAccount(TalentRow Row, Guid UserId, string? CurrentRegionCode, TalentCategory Categories);

/// <summary>
/// Talents as the Matching module reads them. "Findable" is the ENT-04 rule: agreed to share with employers, not
/// erased. Queries go through YincaiDb, so an officer sees only talents of their scope (household or native place).
/// </summary>
public sealed class MatchableTalents(YincaiDb db)
{
    /// <summary>The change-feed kind of a talent (<see cref="ChangeFeedEntry.Kind"/>).</summary>
    public const string Kind = nameof(Talent);

    public IAsyncEnumerable<TalentRow> Findable() => Rows(FindableQuery()).AsAsyncEnumerable();

    public Task<Dictionary<Guid, TalentRow>> FindableAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Rows(FindableQuery().Where(t => ids.Contains(t.Id))).ToDictionaryAsync(t => t.Id, cancellationToken);

    /// <summary>A talent's own row, whether or not they agreed to be found (their own matches need no consent).</summary>
    public Task<TalentRow?> RowAsync(Guid talentId, CancellationToken cancellationToken) =>
        Rows(db.Talents.AsNoTracking().Where(t => t.Id == talentId && !t.IsErased)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The rows of these talents in the caller's scope, whether or not they agreed to be found: for an officer
    /// advising them on jobs, never for showing them to employers.</summary>
    public Task<Dictionary<Guid, TalentRow>> RowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Rows(db.Talents.AsNoTracking().Where(t => ids.Contains(t.Id) && !t.IsErased)).ToDictionaryAsync(t => t.Id, cancellationToken);

    public Task<Guid?> OfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Talents.AsNoTracking().Where(t => t.UserId == userId && !t.IsErased).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<Dictionary<Guid, TalentCardForMatch>> FindableCardsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await FindableQuery().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.UserId, t.FullName, t.HighestDegree, t.SchoolName, t.MajorName, t.GraduationYear, t.Skills })
            .ToListAsync(cancellationToken))
        .ToDictionary(t => t.Id, t => new TalentCardForMatch(t.Id, t.UserId, Talent.MaskName(t.FullName), t.HighestDegree, t.SchoolName,
            t.MajorName, t.GraduationYear, t.Skills));

    /// <summary>Findable PhDs of the caller's scope, most recently updated first ("千名博士进企业", ENT-07).</summary>
    public async Task<PagedList<TalentCardForMatch>> FindablePhdsAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var found = await FindableQuery().Where(t => t.HighestDegree == DegreeLevel.Doctorate)
            .ToCappedPagedListAsync(q => q.OrderByDescending(t => t.UpdatedAtUtc).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.UserId, t.FullName, t.HighestDegree, t.SchoolName, t.MajorName, t.GraduationYear, t.Skills }),
                page, pageSize, 2_000, cancellationToken);
        return new PagedList<TalentCardForMatch>(found.Items.Select(t => new TalentCardForMatch(t.Id, t.UserId, Talent.MaskName(t.FullName),
            t.HighestDegree, t.SchoolName, t.MajorName, t.GraduationYear, t.Skills)).ToList(), found.Page, found.PageSize, found.Total, found.TotalIsCapped);
    }

    /// <summary>
    /// A page of live talents with an account, in id order after <paramref name="after"/>: whom the weekly digest goes to. Across region
    /// scopes: the digest is the platform's, for every talent, whoever runs it; consent to be found is not needed (nobody else sees them).
    /// </summary>
    public Task<List<TalentWithAccount>> WithAccountsAsync(Guid? after, int size, CancellationToken cancellationToken)
    {
        var talents = db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => !t.IsErased && t.UserId != null);
        if (after is { } last) talents = talents.Where(t => t.Id.CompareTo(last) > 0);
        return talents.OrderBy(t => t.Id).Take(size)
            .Select(t => new TalentWithAccount(new TalentRow(t.Id, t.RegionCode, t.NativePlaceCode, t.IntendedRegionCodes, t.IntendedIndustryCodes,
                    t.IntendedJobTypes, t.HighestDegree, t.MajorCode, t.MajorName, t.GraduationYear, t.SalaryMinYuan, t.Skills, t.IntendedPositions),
                t.UserId!.Value, t.CurrentRegionCode, t.Categories))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Talent> FindableQuery() => db.Talents.AsNoTracking().SharedWithEmployers();

    private static IQueryable<TalentRow> Rows(IQueryable<Talent> talents) =>
        talents.Select(t => new TalentRow(t.Id, t.RegionCode, t.NativePlaceCode, t.IntendedRegionCodes, t.IntendedIndustryCodes,
            t.IntendedJobTypes, t.HighestDegree, t.MajorCode, t.MajorName, t.GraduationYear, t.SalaryMinYuan, t.Skills, t.IntendedPositions));
}
