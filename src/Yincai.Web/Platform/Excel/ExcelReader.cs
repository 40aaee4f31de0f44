using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Yincai.Platform.Excel;

/// <summary>Reads the first worksheet of an .xlsx file row by row, without loading it whole.</summary>
public static class ExcelReader
{
    /// <summary>
    /// The rows that hold anything, in order, each with its Excel row number and its formula cells; the first is
    /// the header row. The stream must be seekable: the sheet is read once for its formulas, then for its values.
    /// </summary>
    public static IEnumerable<ExcelRow> ReadRows(Stream stream)
    {
        var start = stream.Position;
        var formulas = ExcelFormulas.OfFirstSheet(stream);
        stream.Position = start;
        return ReadRows(stream, formulas);
    }

    /// <summary>The rows as <see cref="ReadRows(Stream)"/> gives them, with the sheet's formula cells already found
    /// (<see cref="ExcelFormulas.Scan"/>): a file read more than once is scanned once.</summary>
    public static IEnumerable<ExcelRow> ReadRows(Stream stream, IReadOnlyDictionary<int, HashSet<int>> formulas) =>
        ReadRows(stream, () => formulas);

    /// <summary>
    /// The rows, with the formula cells asked of <paramref name="formulas"/> when the first row is ready: a scan of the
    /// sheet may then run while MiniExcel reads it (it reads a whole sheet without a dimension element before its first row).
    /// </summary>
    public static IEnumerable<ExcelRow> ReadRows(Stream stream, Func<IReadOnlyDictionary<int, HashSet<int>>> formulas)
    {
        var number = 0;
        IReadOnlyDictionary<int, HashSet<int>>? found = null;
        // MiniExcel yields every row from row 1, empty ones included, so the position is the row number.
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: false, configuration: new OpenXmlConfiguration()))
        {
            number++;
            found ??= formulas();
            var row = new ExcelRow(number, cells.Values.ToArray(), found.GetValueOrDefault(number));
            if (!row.IsBlank) yield return row;
        }
    }
}
