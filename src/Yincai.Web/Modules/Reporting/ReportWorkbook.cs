using System.Globalization;
using Microsoft.Net.Http.Headers;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Reporting;

/// <summary>A report's tables as .xlsx, one sheet per program, as officers file them upward: figures only, no person in them.</summary>
public static class ReportWorkbook
{
    public static async Task WriteAsync(HttpContext http, string fileName, string scopeName, ReportPeriod period, IReadOnlyList<Indicator> indicators,
        Func<string, string> programName, DateTime nowUtc)
    {
        var stamp = ChinaClock.ToChina(nowUtc).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = ExcelWriter.ContentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"report-{stamp}.xlsx",
            FileNameStar = $"{fileName}-{scopeName}-{stamp}.xlsx",
        }.ToString();
        await ExcelWriter.WriteAsync(http.Response.Body, Sheets(fileName, scopeName, period, indicators, programName), http.RequestAborted);
    }

    /// <summary>One sheet per program, its targets one after another: the title, target and actual, then the table by sub-region
    /// with its total, as officers file them upward.</summary>
    public static List<ExcelSheet> Sheets(string title, string scopeName, ReportPeriod period, IReadOnlyList<Indicator> indicators,
        Func<string, string> programName)
    {
        var sheets = indicators.GroupBy(i => i.Program).Select(g => new ExcelSheet(SheetName(programName(g.Key)), [programName(g.Key)],
            g.SelectMany(i => (IEnumerable<IReadOnlyList<string?>>)
            [
                [i.Title + " (" + i.Rule + ")"],
                [i.Target, i.Actual],
                i.Headers.Select(h => (string?)h).ToList(),
                .. i.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => (string?)c.Text)]),
                [],
            ]),
            $"{title} · {scopeName} · {Display.Date(period.At)}")).ToList();
        if (sheets.Count == 0) sheets.Add(new ExcelSheet(SheetName(title), [scopeName], []));
        return sheets;
    }

    // A sheet's name: at most 31 characters, none of []:*?/\.
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
