using Microsoft.AspNetCore.Mvc;
using Yincai.Modules.Regions.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>One of the university's graduates: where they stand and each service given, by date.</summary>
public sealed class GraduateModel(CampusOffice office, CampusGraduates graduates, RegionDirectory regions) : CampusPageModel(office)
{
    public CampusGraduateRow Row { get; private set; } = null!;
    public IReadOnlyList<CampusService> Services { get; private set; } = [];
    public string County { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCampusAsync() is { } away) return away;
        var ct = HttpContext.RequestAborted;
        if (await graduates.OneAsync(Campus.UniversityCode, id, ct) is not { } found) return NotFound();
        (Row, Services) = found;
        County = (await regions.FullNamesAsync([Row.CountyCode], ct)).GetValueOrDefault(Row.CountyCode) ?? Row.CountyCode;
        return Page();
    }
}
