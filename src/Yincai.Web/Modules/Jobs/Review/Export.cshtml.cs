using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Jobs.Review;

/// <summary>The officer's job list as .xlsx, with the list's status filter and columns.</summary>
public sealed class ExportModel(YincaiDb db, ExcelExports exports, IStringLocalizer<JobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobStatus Status { get; set; } = JobStatus.PendingReview;

    public async Task<IActionResult> OnGetAsync()
    {
        var types = Enum.GetValues<JobType>().ToDictionary(t => t, t => text["Type_" + t].Value);
        var export = new ExcelExport(nameof(Job), text["Export_FileName"], text["Status_" + Status],
            [text["Field_Title"], text["Field_Employer"], text["Field_Type"], text["Field_ValidUntil"]], new { status = Status.ToString() });
        await exports.WriteAsync(HttpContext, export,
            db.Jobs.AsNoTracking().Where(j => j.Status == Status && j.Status != JobStatus.Draft).OrderBy(j => j.CreatedAtUtc)
                .Select(j => new { j.Title, j.EmployerName, j.Type, j.ValidUntil }),
            j => [j.Title, j.EmployerName, types[j.Type], Display.Date(j.ValidUntil)]);
        return new EmptyResult();
    }
}
