using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;
using Yincai.Platform.Validation;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Graduates;

/// <summary>
/// The officer's work list of the real-name database (GRD-01) in their scope: contacts owed first by due date, overdue marked
/// (GRD-03), each graduate's targeted services this year against the standard (GRD-02), and views for what needs doing.
/// </summary>
public sealed class IndexModel(YincaiDb db, RealNameDatabase graduates, TalentDirectory talents, TalentEnrolment enrolment,
    AccountDirectory accounts, RegionDirectory regions, CurrentUser current) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public GraduateView View { get; set; }
    [BindProperty(SupportsGet = true)] public int? Cohort { get; set; }
    [BindProperty(SupportsGet = true)] public GraduateIntention? Intention { get; set; }
    /// <summary>A sub-region of the scope (a city's four digits, a county's six): the dashboards' drill-down.</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    /// <summary>The date the placed / not placed views judge on; today when not given.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? At { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<Graduate> Graduates { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<Guid, GraduateCard> People { get; private set; } = new Dictionary<Guid, GraduateCard>();
    public IReadOnlyDictionary<Guid, string> Officers { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, int> Services { get; private set; } = new Dictionary<Guid, int>();
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public int Owed { get; private set; }
    public int Overdue { get; private set; }
    public int Short { get; private set; }
    public DateOnly Today => graduates.Today;
    /// <summary>The name of the region filter, when one is set.</summary>
    public string? RegionLabel { get; private set; }

    /// <summary>The query string of this list's filters, for its export link.</summary>
    public string ExportLink() => Url.Page("/Graduates/Index", "Export",
        new { view = View, q = Q, cohort = Cohort, intention = Intention, region = RegionPrefix(Region), at = At?.ToString("yyyy-MM-dd") })!;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var (today, year) = (Today, Today.Year);
        var all = db.Graduates.AsNoTracking();
        var query = Filtered(all, today);
        Graduates = await query.ToCappedPagedListAsync(q => q.WorkOrder(), PageNumber, PageSize, ct);

        var talentIds = Graduates.Items.Select(g => g.TalentId).ToList();
        People = await talents.CardsAsync(talentIds, ct);
        Officers = await accounts.DisplayNamesAsync(Graduates.Items.Where(g => g.OfficerId != null).Select(g => g.OfficerId!.Value).Distinct().ToList(), ct);
        var ids = Graduates.Items.Select(g => g.Id).ToList();
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Services = await db.GraduateServices.AsNoTracking()
            .Where(s => ids.Contains(s.GraduateId) && s.Kind != ServiceKind.Contact && s.OnDate >= from && s.OnDate <= to)
            .GroupBy(s => s.GraduateId).Select(x => new { x.Key, Count = x.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        RegionNames = await regions.NamesAsync(Graduates.Items.Select(g => g.RegionCode).Distinct().ToList(), ct);
        if (RegionPrefix(Region) is { } prefix)
            RegionLabel = (await regions.NamesAsync([prefix.PadRight(6, '0')], ct)).GetValueOrDefault(prefix.PadRight(6, '0')) ?? prefix;
        Owed = await NavigationMenu.CappedCountAsync(all.ContactOwed(), ct);
        Overdue = await NavigationMenu.CappedCountAsync(all.ContactOverdue(today), ct);
        Short = await NavigationMenu.CappedCountAsync(all.ShortOfServices(year), ct);
    }

    private IQueryable<Graduate> Filtered(IQueryable<Graduate> all, DateOnly today)
    {
        var query = Query(all, View, Cohort, Intention, today, current.Id, db.GraduateOutcomes, Region, At);
        if (Q?.Trim() is not { Length: > 0 } q) return query;
        var id = ResidentIdNumber.Validate(q, "", today);
        var people = id.IsError ? talents.NamedFrom(q) : talents.WithIdIndex(enrolment.BlindIndexOf(id.Value!));
        // The talents' look-up crosses the region scope, and EF drops a named filter for the whole query it is composed
        // into: the graduates' own scope is stated again here (the scope test of RealNameDatabaseTests fails without it).
        return query.InScope(db.Scope).Where(g => people.Contains(g.TalentId));
    }

    /// <summary>The list's rows for a view and filters (also what bench/ measures at a million graduates).</summary>
    public static IQueryable<Graduate> Query(IQueryable<Graduate> all, GraduateView view, int? cohort, GraduateIntention? intention, DateOnly today,
        Guid? officerId, IQueryable<OutcomeChange>? outcomes = null, string? region = null, DateOnly? at = null)
    {
        all = all.InRegion(RegionPrefix(region));
        var query = view switch
        {
            GraduateView.ContactOwed => all.ContactOwed(),
            GraduateView.ContactOverdue => all.ContactOverdue(today),
            GraduateView.ShortOfServices => all.ShortOfServices(today.Year),
            GraduateView.Mine => all.InDatabase().Where(g => g.OfficerId == officerId),
            GraduateView.Unassigned => all.InDatabase().Where(g => g.OfficerId == null),
            GraduateView.Left => all.Where(g => g.Outcome != GraduateOutcome.NotYet),
            GraduateView.All => all,
            GraduateView.PlacedOn => all.PlacedOn(outcomes ?? throw new ArgumentNullException(nameof(outcomes)), at ?? today),
            GraduateView.NotPlacedOn => all.NotPlacedOn(outcomes ?? throw new ArgumentNullException(nameof(outcomes)), at ?? today),
            _ => all.InDatabase(),
        };
        if (cohort is { } year) query = query.Where(g => g.CohortYear == year);
        if (intention is { } wanted) query = query.Where(g => g.Intention == wanted);
        return query;
    }

    /// <summary>A region filter as the list applies it: the digits of a city or county code, else none.</summary>
    public static string? RegionPrefix(string? region) => RegionScope.FilterPrefix(region);

    public string ViewLink(GraduateView view) => Url.Page("/Graduates/Index", new { view })!;

    /// <summary>This list as .xlsx: the same filters and order, names masked as on screen (<see cref="ExcelExports"/> caps,
    /// watermarks and audits it).</summary>
    public async Task<IActionResult> OnGetExportAsync([FromServices] ExcelExports exports, [FromServices] IStringLocalizer<GraduatesResource> text)
    {
        var ct = HttpContext.RequestAborted;
        var today = Today;
        var query = Filtered(db.Graduates.AsNoTracking(), today);
        var rows = await query.WorkOrder().Take(ExcelExports.RowCap + 1)
            .Select(g => new { g.TalentId, g.RegionCode, g.CohortYear, g.Intention, g.OfficerId, g.ContactDueOn, g.ContactedOn, g.Outcome })
            .ToListAsync(ct);
        var people = new Dictionary<Guid, GraduateCard>();
        foreach (var chunk in rows.Take(ExcelExports.RowCap).Select(r => r.TalentId).Chunk(1000))
            foreach (var (id, card) in await talents.CardsAsync(chunk, ct)) people[id] = card;
        var names = await regions.NamesAsync(rows.Select(r => r.RegionCode).Distinct().ToList(), ct);
        var officers = await accounts.DisplayNamesAsync(rows.Where(r => r.OfficerId != null).Select(r => r.OfficerId!.Value).Distinct().ToList(), ct);
        var export = new ExcelExport(nameof(Graduate), text["Export_FileName"], text["Nav_Graduates"],
            [text["Field_Name"], text["Field_School"], text["Field_Major"], text["Field_Cohort"], text["Field_Intention"], text["Field_County"],
             text["Field_Officer"], text["Field_ContactDue"], text["Field_ContactedOn"], text["Field_Status"]],
            new { view = View.ToString(), q = string.IsNullOrWhiteSpace(Q) ? null : "[search]", cohort = Cohort, intention = Intention?.ToString(), region = RegionPrefix(Region), at = At });
        await exports.WriteAsync(HttpContext, export, Math.Min(rows.Count, ExcelExports.RowCap), rows.Count > ExcelExports.RowCap,
            rows.Take(ExcelExports.RowCap).Select(r =>
            {
                var person = people.GetValueOrDefault(r.TalentId);
                return (IReadOnlyList<string?>)
                [
                    person is null || person.IsErased ? text["Erased"].Value : person.MaskedName, person?.SchoolName, person?.MajorName,
                    r.CohortYear.ToString(System.Globalization.CultureInfo.InvariantCulture), text["Intention_" + r.Intention].Value,
                    names.GetValueOrDefault(r.RegionCode) ?? r.RegionCode,
                    r.OfficerId is { } o ? officers.GetValueOrDefault(o) : text["Unassigned"].Value,
                    r.ContactDueOn is { } due ? Display.Date(due) : "", r.ContactedOn is { } on ? Display.Date(on) : "",
                    text["Outcome_" + r.Outcome].Value,
                ];
            }));
        return new EmptyResult();
    }
}
