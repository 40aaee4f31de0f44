using Yincai.Modules.Imports.Contracts;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Imports;

/// <summary>
/// An uploaded workbook read as an import: the header row, then the data rows in the template's column order. The
/// sheet's formula cells are found once, by a scan started when it is opened, however often its rows are read.
/// </summary>
internal sealed class ImportWorkbook
{
    private readonly byte[] _content;
    private readonly Task<(Dictionary<int, HashSet<int>> Formulas, int RowsWithCells)> _scan;

    private ImportWorkbook(byte[] content)
    {
        _content = content;
        // On a thread of its own: MiniExcel's reading of the same sheet (Read) goes on meanwhile.
        _scan = Task.Run(() =>
        {
            using var stream = new MemoryStream(content, writable: false);
            return ExcelFormulas.Scan(stream);
        });
    }

    /// <summary>How many rows of the sheet have cells, the header's included: at least as many as hold anything.</summary>
    public int RowsWithCells => Scanned.RowsWithCells;

    private (Dictionary<int, HashSet<int>> Formulas, int RowsWithCells) Scanned => _scan.GetAwaiter().GetResult();

    public static ImportWorkbook Open(byte[] content) => new(content);

    /// <summary>The columns found in the first row that holds anything of <paramref name="content"/>; null for a sheet with nothing in it.</summary>
    public static ImportColumnMap? Header(byte[] content, IReadOnlyList<ImportColumn> columns) => Open(content).Header(columns);

    /// <summary>The columns found in the first row that holds anything; null for a sheet with nothing in it.</summary>
    public ImportColumnMap? Header(IReadOnlyList<ImportColumn> columns)
    {
        using var stream = new MemoryStream(_content, writable: false);
        return ExcelReader.ReadRows(stream, () => Scanned.Formulas).FirstOrDefault() is { } header ? ImportColumnMap.From(columns, header) : null;
    }

    /// <summary>
    /// The header row and the rows below it in one reading of the sheet: MiniExcel reads a whole sheet without a
    /// dimension element (as MiniExcel writes them) before it gives its first row, so reading the header apart cost
    /// the import one more pass over the workbook. The rows are read as they are enumerated (never held as rows).
    /// </summary>
    public ImportSheet Read(IReadOnlyList<ImportColumn> columns)
    {
        var rows = ExcelReader.ReadRows(new MemoryStream(_content, writable: false), () => Scanned.Formulas).GetEnumerator();
        try
        {
            return new ImportSheet(rows.MoveNext() ? ImportColumnMap.From(columns, rows.Current) : null, rows, columns);
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }
}
