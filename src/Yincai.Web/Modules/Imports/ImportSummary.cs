using Yincai.Modules.Imports.Contracts;

namespace Yincai.Modules.Imports;

/// <summary>A line of the imports list: everything but the row errors and the workbook.</summary>
public sealed record ImportSummary(Guid Id, ImportKind Kind, ImportMode Mode, string FileName, ImportStatus Status, int TotalRows,
    int ProcessedRows, int Created, int Updated, int Unchanged, int ErrorRows, string StartedByName, DateTime CreatedAtUtc)
{
    /// <summary>Per cent done in the current phase, for the progress bar.</summary>
    public int Percent => TotalRows == 0 ? 0 : (int)Math.Min(100, 100L * ProcessedRows / TotalRows);
}
