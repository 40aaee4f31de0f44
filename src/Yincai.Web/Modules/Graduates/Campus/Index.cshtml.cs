using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>GRD-06, GRD-07 at a glance for one campus and cohort: the station and its card, advisors against 1 per 300 students,
/// career classes against 3 by year end and 3 by 30 June, and where the cohort's graduates stand. A university sees its own; an
/// officer any campus of their scope (<c>?code=</c>).</summary>
public sealed class IndexModel(CampusOffice office, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public int? Cohort { get; set; }

    public Campus Campus { get; private set; } = null!;
    public CampusReport Report { get; private set; } = null!;
    public IReadOnlyList<CampusStaffMember> Specialists { get; private set; } = [];
    public string RegionName { get; private set; } = "";
    public bool IsUniversity => User.IsInRole(Roles.University);
    public IReadOnlyList<int> Cohorts => office.Cohorts;
    public int PerAdvisor => office.Options.StudentsPerAdvisor;
    public int LeftCohort => office.LeftCohort;

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Campus? campus;
        if (IsUniversity)
        {
            campus = await office.MineAsync(ct);
            if (campus is null) return RedirectToPage("/Graduates/Campus/Join");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(Code)) return RedirectToPage("/Graduates/Campus/Universities");
            campus = await office.InScopeAsync(Code.Trim(), ct);
            if (campus is null) return NotFound();
        }
        Campus = campus;
        var cohort = Cohort is { } c && Cohorts.Contains(c) ? c : office.CurrentCohort;
        Report = await office.ReportAsync(campus, cohort, ct);
        Specialists = (await office.StaffAsync(campus.Id, includeLeft: false, ct)).Where(s => s.Role == CampusStaffRole.ServiceSpecialist).ToList();
        RegionName = (await regions.FullNamesAsync([campus.RegionCode], ct)).GetValueOrDefault(campus.RegionCode) ?? campus.RegionCode;
        return Page();
    }
}
