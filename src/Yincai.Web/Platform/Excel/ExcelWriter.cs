using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Yincai.Platform.Excel;

/// <summary>
/// Writes .xlsx files row by row (memory stays flat however many rows), every cell as text, each cell made
/// harmless against formula injection first (SECURITY.md §3, export).
/// </summary>
public static class ExcelWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Prefixes <c>'</c> to text that a spreadsheet would read as a formula or a command: a first character of
    /// = + - @, TAB, NUL or CR (ASVS v5 1.2.10). "-5" becomes "'-5" too, as ASVS asks.
    /// </summary>
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\0' or '\r' ? "'" + value : value;

    public static async Task WriteAsync(Stream output, IReadOnlyList<ExcelSheet> sheets, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sheets.Count);
        var configuration = new OpenXmlConfiguration
        {
            // A cell that names a file must never pull that file from the server's disk into the workbook.
            EnableWriteFilePath = false,
            AutoFilter = false,
            FreezeRowCount = sheets[0].Watermark is null ? 1 : 2,
        };
        var workbook = sheets.ToDictionary(s => s.Name, s => (object)Lines(s));
        // MiniExcel writes a few parts synchronously; the response stream of a request accepts only asynchronous writes.
        var deferred = new DeferredSyncWriteStream(output);
        await MiniExcel.SaveAsAsync(deferred, workbook, printHeader: false, configuration: configuration,
            cancellationToken: cancellationToken);
        await deferred.FlushAsync(cancellationToken);
    }

    private static IEnumerable<IDictionary<string, object?>> Lines(ExcelSheet sheet)
    {
        var width = sheet.Headers.Count;
        var keys = Enumerable.Range(0, width).Select(i => "c" + i).ToArray();
        if (sheet.Watermark is not null) yield return Line(keys, [sheet.Watermark]);
        yield return Line(keys, sheet.Headers);
        foreach (var row in sheet.Rows) yield return Line(keys, row);
    }

    private static Dictionary<string, object?> Line(string[] keys, IReadOnlyList<string?> cells)
    {
        var line = new Dictionary<string, object?>(keys.Length);
        for (var i = 0; i < keys.Length; i++) line[keys[i]] = i < cells.Count ? Neutralise(cells[i]) : null;
        return line;
    }
}
