namespace Yincai.Platform.Excel;

/// <summary>A row read from a worksheet: its row number as Excel shows it, and its cells from column A on
/// (text as string, numbers as double, date-formatted cells as DateTime, empty cells as null).</summary>
public sealed record ExcelRow(int RowNumber, IReadOnlyList<object?> Cells)
{
    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
