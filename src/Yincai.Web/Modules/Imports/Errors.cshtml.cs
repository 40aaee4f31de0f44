using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Imports;

/// <summary>The bad rows of an import as .xlsx, to fix the file and import it again; audited like every export.</summary>
public sealed class ErrorsModel(YincaiDb db, ExcelExports exports, IStringLocalizer<ImportsResource> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.FindInScopeAsync<ImportJob>(id, HttpContext.RequestAborted, tracked: false) is not { } job) return NotFound();
        var errors = job.Errors();
        var export = new ExcelExport(nameof(ImportJob) + ".Errors", text["Errors_FileName"], text["Errors_Sheet"],
            [text["Field_Row"], text["Field_Column"], text["Field_Reason"]], new { importId = id });
        await exports.WriteAsync(HttpContext, export, errors.Count, capped: false,
            errors.Select(e => (IReadOnlyList<string?>)[e.Row.ToString(CultureInfo.InvariantCulture), e.Field, e.Message]));
        return new EmptyResult();
    }
}
