using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents.Review;

/// <summary>
/// Talents whose household region or native place lies in the officer's scope (YincaiDb's filter), with the
/// officer's filters. A search term that looks like an ID number is matched exactly through the blind index;
/// anything else matches the start of names (a surname, or a whole name). Paging is capped so that a province of ten
/// million people stays fast.
/// </summary>
public sealed class IndexModel(YincaiDb db, TalentProfiles profiles, RegionDirectory regions, MajorCatalog majors,
    CurrentUser current, ChinaClock clock, IStringLocalizer<TalentsResource> text) : PageModel
{
    public const int PageSize = 30;
    // Counting stops here: at a million rows an exact count of a city costs more than the page itself (bench/README.md).
    public const int CountCap = 2_000;

    [BindProperty(SupportsGet = true)] public TalentListFilter Filter { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<TalentRow> Talents { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<RegionSummary> ScopeRegions { get; private set; } = [];
    public string? SearchError { get; private set; }
    public int ThisYear { get; private set; }

    /// <summary>The province part of the officer's scope, for the "natives of the province" shortcut (ENT-03).</summary>
    public string? ProvinceCode { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = clock.Today;
        ThisYear = today.Year;
        var (query, error) = Query(db, profiles, majors, text, Filter, today);
        SearchError = error;
        Talents = await ListAsync(db, query, Filter, PageNumber, ct);
        RegionNames = await regions.NamesAsync(Talents.Items.Select(t => t.RegionCode).Distinct().ToList(), ct);
        var within = await regions.WithinAsync(current.Scope, ct);
        ScopeRegions = within.Count > 400 ? within.Where(r => r.Level != RegionLevel.County).ToList() : within;
        ProvinceCode = current.Scope.Prefix is { Length: >= 2 } p ? p[..2] + "0000" : null;
    }

    /// <summary>The page of the list and its capped count. The household part of the officer's scope is counted first: the
    /// region is an index condition there (unfiltered, year + degree, category), and in a city or a county of some size that
    /// part alone passes the cap, so the whole scope (household region or native place, which no one index serves) is not
    /// counted. When it does not pass, the whole is counted as well (one more small count). A name or an ID number finds few
    /// people, so that search counts the whole at once.</summary>
    public static Task<PagedList<TalentRow>> ListAsync(YincaiDb db, IQueryable<Talent> query, TalentListFilter filter, int page,
        CancellationToken ct)
    {
        var prefix = db.ScopePrefix;
        var household = string.IsNullOrWhiteSpace(filter.Q) && prefix is not null ? query.Where(t => t.RegionCode.StartsWith(prefix)) : null;
        return query.ToCappedPagedListAsync((skip, take) => Page(db, query, skip, take), page, PageSize, CountCap, ct, household);
    }

    /// <summary>Newest first (ids are version 7), as the list shows them.</summary>
    public static IQueryable<TalentRow> Rows(IQueryable<Talent> talents) => talents.OrderByDescending(t => t.Id)
        .Select(t => new TalentRow(t.Id, t.FullName, t.IdNumberMasked, t.Gender, t.BirthDate, t.RegionCode,
            t.HighestDegree, t.GraduationYear, t.MajorName, t.Categories, t.Employment));

    /// <summary>One page: its ids first, newest first, which an index covering the filters gives without reading a row; then
    /// those rows. Read in page order at once, PostgreSQL walked the primary key and fetched every row the filters passed
    /// over (67,000 for a city's masters of one year at ten million people).</summary>
    public static IQueryable<TalentRow> Page(YincaiDb db, IQueryable<Talent> filtered, int skip, int take)
    {
        var ids = filtered.OrderByDescending(t => t.Id).Select(t => t.Id).Skip(skip).Take(take);
        return Rows(db.Talents.AsNoTracking().Where(t => ids.Contains(t.Id)));
    }

    /// <summary>The list's query: used by the page and by its export, so both select the same people.</summary>
    public static (IQueryable<Talent> Query, string? Error) Query(YincaiDb db, TalentProfiles profiles, MajorCatalog majors,
        IStringLocalizer<TalentsResource> text, TalentListFilter filter, DateOnly today)
    {
        var query = filter.Apply(db.Talents.AsNoTracking(), majors);
        var term = filter.Q?.Trim();
        if (string.IsNullOrEmpty(term)) return (query, null);
        if (term.Length >= 15 && term.Any(char.IsDigit))
        {
            var id = ResidentIdNumber.Validate(term, text["Field_IdNumber"], today);
            if (id.IsError) return (query.Where(_ => false), id.Error!.Message);
            var index = profiles.BlindIndexOf(id.Value!);
            return (query.Where(t => t.IdNumberIndex == index), null);
        }
        return (query.Where(t => t.FullName.StartsWith(term)), null);
    }
}
