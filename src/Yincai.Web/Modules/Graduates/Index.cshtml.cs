using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

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

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var (today, year) = (Today, Today.Year);
        var all = db.Graduates.AsNoTracking();
        var query = Query(all, View, Cohort, Intention, today, current.Id);
        if (Q?.Trim() is { Length: > 0 } q)
        {
            var id = ResidentIdNumber.Validate(q, "", today);
            var people = id.IsError ? talents.NamedFrom(q) : talents.WithIdIndex(enrolment.BlindIndexOf(id.Value!));
            // The talents' look-up crosses the region scope, and EF drops a named filter for the whole query it is composed
            // into: the graduates' own scope is stated again here (the scope test of RealNameDatabaseTests fails without it).
            query = query.InScope(db.Scope).Where(g => people.Contains(g.TalentId));
        }
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
        Owed = await NavigationMenu.CappedCountAsync(all.ContactOwed(), ct);
        Overdue = await NavigationMenu.CappedCountAsync(all.ContactOverdue(today), ct);
        Short = await NavigationMenu.CappedCountAsync(all.ShortOfServices(year), ct);
    }

    /// <summary>The list's rows for a view and filters (also what bench/ measures at a million graduates).</summary>
    public static IQueryable<Graduate> Query(IQueryable<Graduate> all, GraduateView view, int? cohort, GraduateIntention? intention, DateOnly today,
        Guid? officerId)
    {
        var query = view switch
        {
            GraduateView.ContactOwed => all.ContactOwed(),
            GraduateView.ContactOverdue => all.ContactOverdue(today),
            GraduateView.ShortOfServices => all.ShortOfServices(today.Year),
            GraduateView.Mine => all.InDatabase().Where(g => g.OfficerId == officerId),
            GraduateView.Unassigned => all.InDatabase().Where(g => g.OfficerId == null),
            GraduateView.Left => all.Where(g => g.Outcome != GraduateOutcome.NotYet),
            GraduateView.All => all,
            _ => all.InDatabase(),
        };
        if (cohort is { } year) query = query.Where(g => g.CohortYear == year);
        if (intention is { } wanted) query = query.Where(g => g.Intention == wanted);
        return query;
    }

    public string ViewLink(GraduateView view) => Url.Page("/Graduates/Index", new { view })!;
}
