using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>One of a university's graduates as the university sees them: masked name, where they stand, the services given.</summary>
/// <remarks>Choices go out by name (Bachelor, Job, Employed) in the API.</remarks>
public sealed record CampusGraduateRow(Guid Id, string MaskedName, string? MajorName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DegreeLevel>))] DegreeLevel Degree, int CohortYear, string CountyCode,
    [property: JsonConverter(typeof(JsonStringEnumConverter<GraduateIntention>))] GraduateIntention Intention,
    [property: JsonConverter(typeof(JsonStringEnumConverter<GraduateOutcome>))] GraduateOutcome Outcome, DateOnly? OutcomeOn, DateOnly? ContactedOn,
    int Services, DateOnly? LastServiceOn);

public sealed record CampusService(DateOnly OnDate, [property: JsonConverter(typeof(JsonStringEnumConverter<ServiceKind>))] ServiceKind Kind,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ServiceChannel>))] ServiceChannel Channel, string Outcome);

/// <summary>
/// A university's own graduates (those whose school on record is its MOE code, wherever their county), for its page and its
/// API token: status and services, never the officers' notes or anything sensitive. The caller has already established which
/// university it acts for.
/// </summary>
public sealed class CampusGraduates(YincaiDb db, TalentDirectory talents)
{
    public const int PageSize = 50;

    public async Task<PagedList<CampusGraduateRow>> PageAsync(string universityCode, int? cohort, GraduateOutcome? outcome, int page,
        CancellationToken cancellationToken)
    {
        var filtered = Of(universityCode);
        if (cohort is { } year) filtered = filtered.Where(g => g.CohortYear == year);
        if (outcome is { } o) filtered = filtered.Where(g => g.Outcome == o);
        var found = await filtered.ToCappedPagedListAsync(q => q.OrderByDescending(g => g.RegisteredAtUtc).ThenBy(g => g.Id), page, PageSize,
            cancellationToken);
        return new PagedList<CampusGraduateRow>(await RowsAsync(found.Items, cancellationToken), found.Page, found.PageSize, found.Total,
            found.TotalIsCapped);
    }

    /// <summary>One graduate of the university with the services given, oldest first; null when not theirs.</summary>
    public async Task<(CampusGraduateRow Row, List<CampusService> Services)?> OneAsync(string universityCode, Guid id,
        CancellationToken cancellationToken)
    {
        var graduate = await Of(universityCode).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (graduate is null) return null;
        var services = await db.GraduateServices.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.GraduateId == id)
            .OrderBy(s => s.OnDate).ThenBy(s => s.RecordedAtUtc).Take(500)
            .Select(s => new CampusService(s.OnDate, s.Kind, s.Channel, s.Outcome)).ToListAsync(cancellationToken);
        return ((await RowsAsync([graduate], cancellationToken))[0], services);
    }

    private IQueryable<Graduate> Of(string universityCode) =>
        db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(g => g.UniversityCode == universityCode);

    private async Task<List<CampusGraduateRow>> RowsAsync(IReadOnlyList<Graduate> graduates, CancellationToken cancellationToken)
    {
        var ids = graduates.Select(g => g.Id).ToList();
        var cards = await talents.CardsAsync(graduates.Select(g => g.TalentId).ToList(), cancellationToken);
        var services = ids.Count == 0 ? [] : await db.GraduateServices.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(s => ids.Contains(s.GraduateId)).GroupBy(s => s.GraduateId)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(s => s.OnDate) }).ToDictionaryAsync(s => s.Key, cancellationToken);
        return graduates.Select(g =>
        {
            var card = cards.GetValueOrDefault(g.TalentId);
            var given = services.GetValueOrDefault(g.Id);
            return new CampusGraduateRow(g.Id, card?.MaskedName ?? "", card?.MajorName, card?.Degree ?? DegreeLevel.None, g.CohortYear,
                g.RegionCode, g.Intention, g.Outcome, g.OutcomeOn, g.ContactedOn, given?.Count ?? 0, given?.Last);
        }).ToList();
    }
}
