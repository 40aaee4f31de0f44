namespace Yincai.Platform.Excel;

/// <summary>
/// One worksheet to write: an optional watermark line on top (who exported what, when), a header row, then the
/// rows, each a list of text cells. <paramref name="Rows"/> is enumerated once, while the file is written.
/// </summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<string?>> Rows,
    string? Watermark = null);
