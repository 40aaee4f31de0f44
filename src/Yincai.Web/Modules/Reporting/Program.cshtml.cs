using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Reporting;

/// <summary>One program's targets (graduates, ambassadors, stations and homes) for the viewer's scope, each with its chart, the
/// table behind it (every count a link to its list), the rate's trend through the year, and the workbook of the tables.</summary>
public sealed class ProgramModel(Dashboards dashboards, IStringLocalizer<ReportingResource> text,
    TimeProvider clock) : ReportPageModel(dashboards, text)
{
    [FromRoute] public string Program { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Dashboards.Programs.Contains(Program)) return NotFound();
        var ct = HttpContext.RequestAborted;
        await PrepareAsync(ct);
        Indicators = await Dashboards.OfAsync(Program, Period, withTrend: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        if (!Dashboards.Programs.Contains(Program)) return NotFound();
        var ct = HttpContext.RequestAborted;
        await PrepareAsync(ct);
        Indicators = await Dashboards.OfAsync(Program, Period, withTrend: false, ct);
        await ReportWorkbook.WriteAsync(HttpContext, Text["Program_" + Program], ScopeName, Period, Indicators, program => Text["Program_" + program], clock.GetUtcNow().UtcDateTime);
        return new EmptyResult();
    }
}
