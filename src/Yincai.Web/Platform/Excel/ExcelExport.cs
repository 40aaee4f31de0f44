namespace Yincai.Platform.Excel;

/// <summary>
/// What an officer's list export is: the list's name for the audit trail (<paramref name="List"/>), the start of
/// the file name, the sheet name, the header row as on screen, and the filter as the list applied it (written to
/// the audit trail, so it must hold no personal data in clear).
/// </summary>
public sealed record ExcelExport(string List, string FileName, string SheetName, IReadOnlyList<string> Headers, object Filter);
