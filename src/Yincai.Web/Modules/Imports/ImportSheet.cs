using Yincai.Modules.Imports.Contracts;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Imports;

/// <summary>A workbook being read once (<see cref="ImportWorkbook.Read"/>): its header's columns, then its data rows.</summary>
internal sealed class ImportSheet(ImportColumnMap? map, IEnumerator<ExcelRow> rows, IReadOnlyList<ImportColumn> columns) : IDisposable
{
    /// <summary>The columns found in the first row that holds anything; null for a sheet with nothing in it.</summary>
    public ImportColumnMap? Map { get; } = map;

    /// <summary>The rows below the header, in the template's column order; enumerate once.</summary>
    public IEnumerable<ImportRow> DataRows()
    {
        if (Map is null) yield break;
        while (rows.MoveNext()) yield return Map.Row(columns, rows.Current);
    }

    public void Dispose() => rows.Dispose();
}
