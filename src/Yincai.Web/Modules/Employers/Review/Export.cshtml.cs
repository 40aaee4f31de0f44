using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Employers.Review;

/// <summary>The officer's employer list (or the key-contact list, ENT-01) as .xlsx, with the list's filters and columns.</summary>
public sealed class ExportModel(YincaiDb db, RegionDirectory regions, IndustryCatalog industries, ExcelExports exports,
    IStringLocalizer<EmployersResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public EmployerStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool? KeyContact { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var regionNames = (await regions.WithinAsync(RegionScope.Unrestricted, HttpContext.RequestAborted)).ToDictionary(r => r.Code, r => r.Name);
        var statuses = Enum.GetValues<EmployerStatus>().ToDictionary(s => s, s => text["Status_" + s].Value);
        var (yes, no) = (text["KeyContact_Yes"].Value, text["KeyContact_No"].Value);
        var keyContacts = KeyContact == true;
        var export = new ExcelExport(nameof(Employer), text[keyContacts ? "Export_KeyContactsFileName" : "Export_FileName"],
            text[keyContacts ? "Nav_KeyContacts" : "Nav_Employers"],
            [text["Field_Name"], text["Field_CreditCode"], text["Field_Region"], text["Field_Industry"], text["Field_Status"], text["Field_KeyContact"]],
            new { q = Q, status = Status?.ToString(), keyContact = KeyContact });
        await exports.WriteAsync(HttpContext, export,
            EmployerQueries.Filter(db.Employers.AsNoTracking(), Status, KeyContact, Q)
                .OrderBy(e => e.Status).ThenBy(e => e.RegionCode).ThenBy(e => e.Name).Select(EmployerQueries.Summary),
            e => [e.Name, e.CreditCode, regionNames.GetValueOrDefault(e.RegionCode, e.RegionCode), industries.Find(e.IndustryCode)?.Name,
                  statuses[e.Status], e.IsKeyContact ? yes : no]);
        return new EmptyResult();
    }
}
