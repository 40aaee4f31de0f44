using Microsoft.AspNetCore.Mvc;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>GRD-06: the university's own graduates in the real-name database, wherever their county: where each stands and the
/// services given (masked names; nothing sensitive).</summary>
public sealed class GraduatesModel(CampusOffice office, CampusGraduates graduates, RegionDirectory regions) : CampusPageModel(office)
{
    [BindProperty(SupportsGet = true)] public int? Cohort { get; set; }
    [BindProperty(SupportsGet = true)] public GraduateOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<CampusGraduateRow> Rows { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> Counties { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<int> Cohorts => Office.Cohorts;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        var ct = HttpContext.RequestAborted;
        Rows = await graduates.PageAsync(Campus.UniversityCode, Cohort, Outcome, PageNumber, ct);
        Counties = await regions.FullNamesAsync(Rows.Items.Select(r => r.CountyCode).Distinct().ToList(), ct);
        return Page();
    }
}
