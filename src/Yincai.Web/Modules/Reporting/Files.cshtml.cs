using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Reporting.Files;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Reporting;

/// <summary>The monthly and yearly workbooks of the scope kept for download, the schedule's and those made on demand.</summary>
public sealed class FilesModel(ReportFiles files, RegionDirectory regions, AccountDirectory accounts, ChinaClock clock,
    IStringLocalizer<ReportingResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public string? Period { get; set; }

    public PagedList<ReportFileRow> Files { get; private set; } = new([], 1, ReportFiles.PageSize, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<Guid, string> Makers { get; private set; } = new Dictionary<Guid, string>();
    public string LastMonth => clock.Today.AddDays(1 - clock.Today.Day).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Files = await files.ListAsync(PageNumber, ct);
        RegionNames = await regions.NamesAsync(Files.Items.Select(f => f.RegionCode).Distinct().ToList(), ct);
        Makers = await accounts.DisplayNamesAsync(Files.Items.Where(f => f.CreatedById != null).Select(f => f.CreatedById!.Value).Distinct().ToList(), ct);
        Period ??= LastMonth;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var made = await files.MakeAsync(Period, scheduled: false, HttpContext.RequestAborted);
        if (made.IsError)
        {
            ModelState.AddModelError(nameof(Period), made.Error!.Message);
            await OnGetAsync();
            return Page();
        }
        TempData["Status"] = text["Done_FileMade", made.Value!.FileName].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id)
    {
        if (await files.FindAsync(id, HttpContext.RequestAborted) is not { } file) return NotFound();
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"report-{file.Period}.xlsx",
            FileNameStar = file.FileName,
        }.ToString();
        return File(file.Content, ExcelWriter.ContentType);
    }
}
