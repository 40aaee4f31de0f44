using System.Globalization;
using Microsoft.Net.Http.Headers;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Reporting;

/// <summary>A report's tables as .xlsx, one sheet per target, as officers file them upward: figures only, no person in them.</summary>
public static class ReportWorkbook
{
    public static async Task WriteAsync(HttpContext http, string fileName, string scopeName, ReportPeriod period, IReadOnlyList<Indicator> indicators,
        DateTime nowUtc)
    {
        var stamp = ChinaClock.ToChina(nowUtc).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = ExcelWriter.ContentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"report-{stamp}.xlsx",
            FileNameStar = $"{fileName}-{scopeName}-{stamp}.xlsx",
        }.ToString();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheets = indicators.Select(i => new ExcelSheet(SheetName(i, used), i.Headers,
            i.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => (string?)c.Text)]),
            $"{i.Title} · {i.Target} · {i.Actual} · {scopeName} · {Display.Date(period.At)}")).ToList();
        if (sheets.Count == 0) sheets.Add(new ExcelSheet(fileName, [scopeName], []));
        await ExcelWriter.WriteAsync(http.Response.Body, sheets, http.RequestAborted);
    }

    // A sheet's name: at most 31 characters, none of []:*?/\, unique in the workbook.
    private static string SheetName(Indicator indicator, HashSet<string> used)
    {
        var name = indicator.Rule;
        for (var n = 2; !used.Add(name); n++) name = $"{indicator.Rule} ({n})";
        return name;
    }
}
