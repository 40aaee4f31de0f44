using Yincai.Modules.Imports.Contracts;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Imports;

/// <summary>An uploaded workbook read as an import: the header row, then the data rows in the template's column order.</summary>
internal static class ImportWorkbook
{
    /// <summary>The columns found in the first row that holds anything; null for a sheet with nothing in it.</summary>
    public static ImportColumnMap? Header(byte[] content, IReadOnlyList<ImportColumn> columns)
    {
        using var stream = new MemoryStream(content, writable: false);
        return ExcelReader.ReadRows(stream).FirstOrDefault() is { } header ? ImportColumnMap.From(columns, header) : null;
    }

    /// <summary>The rows below the header row, read as they are enumerated (the workbook is never held as rows).</summary>
    public static IEnumerable<ImportRow> DataRows(byte[] content, IReadOnlyList<ImportColumn> columns, ImportColumnMap map)
    {
        using var stream = new MemoryStream(content, writable: false);
        foreach (var row in ExcelReader.ReadRows(stream).Skip(1)) yield return map.Row(columns, row);
    }
}
