using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>The officer's side of the campuses in their scope: who asks to act for a university (confirm or refuse, with the
/// reason), who acts for one (take off), and each campus's GRD-07 figures for the current cohort.</summary>
public sealed class UniversitiesModel(CampusOffice office, RegionDirectory regions, IStringLocalizer<GraduatesResource> text) : PageModel
{
    public IReadOnlyList<CampusMember> Members { get; private set; } = [];
    public IReadOnlyList<(Campus Campus, CampusReport Report)> Campuses { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> CampusNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public int Cohort => office.CurrentCohort;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Members = await office.MembersInScopeAsync(ct);
        var campuses = await office.CampusesInScopeAsync(ct);
        var reports = await office.ReportsAsync(campuses, Cohort, ct);
        Campuses = campuses.Select(c => (c, reports[c.Id])).ToList();
        CampusNames = campuses.ToDictionary(c => c.Id, c => c.Name);
        RegionNames = await regions.FullNamesAsync(campuses.Select(c => c.RegionCode).Distinct().ToList(), ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid memberId, int version, bool approve, string? reason)
    {
        var decided = await office.DecideAsync(memberId, version, approve, reason, HttpContext.RequestAborted);
        TempData["Status"] = decided.IsError ? decided.Error!.Message : text[approve ? "Done_MemberApproved" : "Done_MemberRefused"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid memberId, int version, string? reason)
    {
        var removed = await office.RemoveAsync(memberId, version, reason, HttpContext.RequestAborted);
        TempData["Status"] = removed.IsError ? removed.Error!.Message : text["Done_MemberRemoved"].Value;
        return RedirectToPage();
    }
}
