namespace Yincai.Platform.Excel;

/// <summary>A row read from a worksheet: its row number as Excel shows it, and its cells from column A on
/// (text as string, numbers as double, date-formatted cells as DateTime, empty cells as null). A formula's cell
/// holds its cached value; <paramref name="FormulaColumns"/> names those cells (0-based columns).</summary>
public sealed record ExcelRow(int RowNumber, IReadOnlyList<object?> Cells, IReadOnlySet<int>? FormulaColumns = null)
{
    public bool IsBlank => FormulaColumns is not { Count: > 0 } && Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));

    public bool IsFormula(int column) => FormulaColumns?.Contains(column) == true;
}
