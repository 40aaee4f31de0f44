using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// How the viewer's scope keeps the notice's promises, by sub-region (a province sees its cities, a city its counties) and by
/// officer: first contact within the working days (GRD-03) with the overdue names, graduates short of the targeted services
/// this year (GRD-02), and the cohort's employment rate at a date against the target (GRD-15). The same queries as the work
/// list's views, so a figure here is the length of the list it links to.
/// </summary>
public sealed class ComplianceModel(YincaiDb db, RealNameDatabase graduates, TalentDirectory talents, AccountDirectory accounts,
    RegionDirectory regions, Counts.CohortCounts counts, Counts.ContactServiceCounts contactServices) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Cohort { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? At { get; set; }

    public IReadOnlyList<ContactRow> Contact { get; private set; } = [];
    public IReadOnlyList<(Graduate Graduate, GraduateCard? Person)> OverdueNames { get; private set; } = [];
    public IReadOnlyList<(string Key, int Short)> ShortByRegion { get; private set; } = [];
    public IReadOnlyList<(Guid? Officer, int Short)> ShortByOfficer { get; private set; } = [];
    public IReadOnlyList<RateGroup> Rates { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<Guid, string> Officers { get; private set; } = new Dictionary<Guid, string>();
    public DateOnly Today => graduates.Today;
    public int TargetRate => graduates.Options.TargetRatePercent;
    public const int OverdueShown = 200;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = Today;
        Year ??= today.Year;
        Cohort ??= today.Year;
        At ??= today;
        var (from, to) = (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        var all = db.Graduates.AsNoTracking();
        // A province sees its cities, a city its counties; a county sees itself (and its officers below).
        var length = Math.Min(6, (db.Scope.Prefix?.Length ?? 0) + 2);

        // The figures by region from the materialised counts, as the reports read them; the names and the officers' figures from the records.
        Contact = await contactServices.ContactRowsAsync(from, to, today, length, ct);

        var overdue = await all.ContactOverdue(today).OrderBy(g => g.ContactDueOn).ThenBy(g => g.Id).Take(OverdueShown).ToListAsync(ct);
        var talentIds = overdue.Select(g => g.TalentId).ToList();
        var people = await talents.CardsAsync(talentIds, ct);
        OverdueNames = overdue.Select(g => (g, people.GetValueOrDefault(g.TalentId))).ToList();

        var shortOf = all.ShortOfServices(Year.Value);
        ShortByRegion = (await contactServices.ServicesAsync(Year.Value, length, ct)).Where(s => s.Short > 0).Select(s => (s.Key, s.Short)).ToList();
        ShortByOfficer = (await shortOf.GroupBy(g => g.OfficerId).Select(x => new { x.Key, Count = x.Count() }).ToListAsync(ct))
            .OrderByDescending(x => x.Count).Select(x => (x.Key, x.Count)).ToList();

        Rates = await counts.RatesAtAsync(Cohort.Value, At.Value, length, ct);

        var keys = Contact.Select(r => r.Key).Concat(ShortByRegion.Select(r => r.Key)).Concat(Rates.Select(r => r.Key))
            .Concat(overdue.Select(g => g.RegionCode)).Distinct().ToList();
        var names = await regions.NamesAsync(keys.Select(CodeOf).Distinct().ToList(), ct);
        RegionNames = keys.ToDictionary(k => k, k => names.GetValueOrDefault(CodeOf(k)) ?? k);
        Officers = await accounts.DisplayNamesAsync(ShortByOfficer.Select(o => o.Officer).Concat(overdue.Select(g => g.OfficerId))
            .OfType<Guid>().Distinct().ToList(), ct);
    }

    /// <summary>The region code of a group key: a city's four digits are the city.</summary>
    private static string CodeOf(string key) => key.PadRight(6, '0');

    public RateGroup Total => new("", Rates.Sum(r => r.Total), Rates.Sum(r => r.Placed));
    public ContactRow ContactTotal => new("", Contact.Sum(r => r.OnTime), Contact.Sum(r => r.Late), Contact.Sum(r => r.Overdue), Contact.Sum(r => r.Pending));
}
