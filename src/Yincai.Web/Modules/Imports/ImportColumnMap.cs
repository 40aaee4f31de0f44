using Yincai.Modules.Imports.Contracts;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Imports;

/// <summary>
/// Finds the template's columns in a file's header row, by name: the part before any bracket, so that
/// 学历 and 学历（专科/本科/硕士/博士）, or half- and full-width brackets, match. Column order does not matter.
/// </summary>
internal sealed class ImportColumnMap
{
    private readonly int[] _positions;

    private ImportColumnMap(int[] positions, IReadOnlyList<string> missing) => (_positions, Missing) = (positions, missing);

    public IReadOnlyList<string> Missing { get; }

    public static ImportColumnMap From(IReadOnlyList<ImportColumn> columns, ExcelRow header)
    {
        var names = header.Cells.Select(c => c is null ? "" : BaseName(Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList();
        var positions = columns.Select(c => names.IndexOf(BaseName(c.Header))).ToArray();
        var missing = columns.Where((_, i) => positions[i] < 0).Select(c => c.Header).ToList();
        return new ImportColumnMap(positions, missing);
    }

    public ImportRow Row(IReadOnlyList<ImportColumn> columns, ExcelRow row)
    {
        var formulas = _positions.Select((p, i) => (Column: i, Position: p)).Where(c => c.Position >= 0 && row.IsFormula(c.Position))
            .ToDictionary(c => c.Column, c => ExcelFormulas.Reference(c.Position, row.RowNumber));
        return new(row.RowNumber, columns, _positions.Select(p => p >= 0 && p < row.Cells.Count ? row.Cells[p] : null).ToArray(), formulas);
    }

    private static string BaseName(string header)
    {
        var end = header.IndexOfAny(['（', '(']);
        return (end >= 0 ? header[..end] : header).Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal).Trim();
    }
}
