using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Reporting;

/// <summary>The overview: every target of the notices against its actual in the viewer's scope, the region furthest behind on
/// each, and the way to its program's page and to the list behind the number.</summary>
public sealed class IndexModel(Dashboards dashboards, IStringLocalizer<ReportingResource> text,
    TimeProvider clock) : ReportPageModel(dashboards, text)
{
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        await PrepareAsync(ct);
        Indicators = await Dashboards.AllAsync(Period, ct);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        await OnGetAsync();
        await ReportWorkbook.WriteAsync(HttpContext, Text["Export_Overview"], ScopeName, Period, Indicators, program => Text["Program_" + program], clock.GetUtcNow().UtcDateTime);
        return new EmptyResult();
    }
}
