using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Talents.Review;

/// <summary>The officer's talent list as .xlsx: the same query string, the same people (<see cref="IndexModel.Query"/>),
/// the same columns, masked as on screen; the ID number is never decrypted.</summary>
public sealed class ExportModel(YincaiDb db, TalentProfiles profiles, RegionDirectory regions, MajorCatalog majors, ExcelExports exports,
    ChinaClock clock, IStringLocalizer<TalentsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public TalentListFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var (query, _) = IndexModel.Query(db, profiles, majors, text, Filter, clock.Today);
        var regionNames = (await regions.WithinAsync(RegionScope.Unrestricted, ct)).ToDictionary(r => r.Code, r => r.Name);
        var genders = Enum.GetValues<Gender>().ToDictionary(g => g, g => text["Gender_" + g].Value);
        var degrees = Enum.GetValues<DegreeLevel>().ToDictionary(d => d, d => d == DegreeLevel.None ? "" : text["Degree_" + d].Value);
        var statuses = Enum.GetValues<EmploymentStatus>().ToDictionary(s => s, s => text["Employment_" + s].Value);
        var filter = Filter.ToRouteValues();
        // A search by ID number is matched through the blind index; the audit trail must not get the number in clear.
        if (Filter.Q?.Trim() is { Length: >= 15 } term && term.Any(char.IsDigit)) filter["q"] = "[IdNumber]";

        var export = new ExcelExport(nameof(Talent), text["Export_FileName"], text["Nav_Talents"],
            [text["Field_FullName"], text["Field_IdNumber"], text["Field_Gender"], text["Field_Degree"], text["Field_Major"],
             text["Field_GraduationYear"], text["Field_HouseholdRegion"], text["Field_Employment"]], filter);
        await exports.WriteAsync(HttpContext, export,
            IndexModel.Rows(query),
            t => [Talent.MaskName(t.FullName), t.IdNumberMasked, t.Gender is { } gender ? genders[gender] : "", degrees[t.Degree], t.MajorName,
                  t.GraduationYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                  regionNames.GetValueOrDefault(t.RegionCode, t.RegionCode), statuses[t.Employment]]);
        return new EmptyResult();
    }
}
