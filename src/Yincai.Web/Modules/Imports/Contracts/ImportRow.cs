using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports.Contracts;

/// <summary>
/// A data row of an import file, its cells in the order of the importer's <see cref="IRowImporter.Columns"/>.
/// The reading helpers record what is wrong with a cell (named by its column header, in the user's language) in
/// <see cref="Errors"/> and return null, so that one pass over a row reports all of its problems.
/// </summary>
public sealed partial class ImportRow
{
    private static readonly ResourceManager Messages = new(typeof(ImportsResource));
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    private readonly IReadOnlyList<ImportColumn> _columns;
    private readonly IReadOnlyList<object?> _cells;

    /// <param name="formulas">Columns whose cell holds a formula, with the cell's reference (B5): each is an error from the
    /// start, as the file carries only the formula's last computed value, which is not what anyone typed.</param>
    public ImportRow(int rowNumber, IReadOnlyList<ImportColumn> columns, IReadOnlyList<object?> cells,
        IReadOnlyDictionary<int, string>? formulas = null)
    {
        (RowNumber, _columns, _cells) = (rowNumber, columns, cells);
        foreach (var (column, reference) in formulas ?? new Dictionary<int, string>())
            Fail(column, Message("Cell_Formula", rowNumber, Header(column), reference));
    }

    /// <summary>The row number Excel shows.</summary>
    public int RowNumber { get; }

    public List<ImportRowError> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public string Header(int column) => _columns[column].Header;

    public object? Cell(int column) => column < _cells.Count ? _cells[column] : null;

    /// <summary>The cell as trimmed text (whole numbers without decimals, dates as yyyy-MM-dd); null when empty.</summary>
    public string? Text(int column) => Cell(column) switch
    {
        null => null,
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } t ? t : null,
    };

    public void Fail(int column, string message) => Errors.Add(new ImportRowError(RowNumber, Header(column), message));

    public void FailKey(int column, string key, params object[] arguments) => Fail(column, Message(key, [Header(column), .. arguments]));

    /// <summary>Text of at most <paramref name="maxLength"/> characters; a missing required value is an error.</summary>
    public string? Text(int column, bool required, int maxLength)
    {
        var text = Text(column);
        if (text is null)
        {
            if (required) FailKey(column, "Cell_Required");
            return null;
        }
        if (text.Length > maxLength)
        {
            FailKey(column, "Cell_TooLong", maxLength);
            return null;
        }
        return text;
    }

    /// <summary>
    /// Text that must have been typed as text: an ID number or a credit code in a numeric cell has already lost its
    /// last digits to Excel's 15 significant digits, so it is refused rather than converted (SECURITY.md §3).
    /// </summary>
    public string? Code(int column, bool required)
    {
        if (Cell(column) is double or decimal)
        {
            FailKey(column, "Cell_NumberAsText");
            return null;
        }
        var text = Text(column);
        if (text is null && required) FailKey(column, "Cell_Required");
        return text;
    }

    /// <summary>
    /// A date from a date cell, an Excel date number, or text such as 2024-06-30. With <paramref name="month"/> other
    /// than <see cref="MonthOnly.Refuse"/>, a month alone (2026.06, 2026-06, 2026/6, 2026年6月) is read as that
    /// month's first or last day, as the field means it.
    /// </summary>
    public DateOnly? Date(int column, bool required, MonthOnly month = MonthOnly.Refuse)
    {
        switch (Cell(column))
        {
            case DateTime t:
                return DateOnly.FromDateTime(t);
            // 2026.06 typed into a number cell is the number 2026.06; as a date number it would be the year 1905.
            case double d when month != MonthOnly.Refuse && d is >= 1900 and < 2200 && d != Math.Floor(d):
                return MonthNumber(column, d, month);
            case double d when d is >= 1 and < 2_958_466:
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var text = Text(column);
        if (text is null)
        {
            if (required) FailKey(column, "Cell_Required");
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (month != MonthOnly.Refuse && MonthPattern().Match(text) is { Success: true } m
            && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var number)
            return DayOf(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), number, month);
        FailKey(column, month == MonthOnly.Refuse ? "Cell_BadDate" : "Cell_BadDateOrMonth", text);
        return null;
    }

    /// <summary>A month typed into a number cell: 2026.06 is June, but 2026.1 may have been typed 2026.10 (Excel drops the
    /// trailing zero), so January and October cannot be told apart there and the cell must be text.</summary>
    private DateOnly? MonthNumber(int column, double value, MonthOnly month)
    {
        var text = value.ToString("0.##########", CultureInfo.InvariantCulture);
        var parts = text.Split('.');
        if (parts is [var year, { Length: 2 } digits] && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var number)
            return DayOf(int.Parse(year, CultureInfo.InvariantCulture), number, month);
        FailKey(column, "Cell_AmbiguousMonth", text);
        return null;
    }

    private static DateOnly DayOf(int year, int month, MonthOnly which) =>
        which == MonthOnly.LastDay ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);

    public int? Integer(int column, bool required, int min, int max)
    {
        var text = Text(column);
        if (text is null)
        {
            if (required) FailKey(column, "Cell_Required");
            return null;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            FailKey(column, "Cell_BadInteger", text);
            return null;
        }
        if (value < min || value > max)
        {
            FailKey(column, "Cell_OutOfRange", min, max);
            return null;
        }
        return value;
    }

    /// <summary>One of the named choices (the names a person types, such as 本科); the error lists the choices.</summary>
    public T? Choice<T>(int column, bool required, IReadOnlyDictionary<string, T> choices, IEnumerable<string> shownChoices)
        where T : struct
    {
        var text = Text(column);
        if (text is null)
        {
            if (required) FailKey(column, "Cell_Required");
            return null;
        }
        if (choices.TryGetValue(text, out var value)) return value;
        FailKey(column, "Cell_NotOneOf", text, string.Join("/", shownChoices));
        return null;
    }

    /// <summary>
    /// A GB/T 2260 code, or the name of a division (市南区, 青岛市市南区, 青岛市) read as its code; with
    /// <paramref name="within"/>, also inside that scope. A name several divisions carry is resolved inside
    /// <paramref name="preferred"/> (by default <paramref name="within"/>), or named as ambiguous with its candidates.
    /// </summary>
    public string? RegionCode(int column, bool required, RegionLookup regions, RegionScope? within = null, RegionScope? preferred = null)
    {
        var text = Text(column);
        if (text is null)
        {
            if (required) FailKey(column, "Cell_Required");
            return null;
        }
        var match = regions.Find(text, preferred ?? within);
        if (match.Code is not { } code)
        {
            if (match.Candidates.Count > 0) FailKey(column, "Cell_AmbiguousRegion", text, string.Join("、", match.Candidates.Take(5)));
            else FailKey(column, "Cell_UnknownRegion", text);
            return null;
        }
        if (within is not null && !within.Contains(code))
        {
            FailKey(column, "Cell_OutOfScope", text);
            return null;
        }
        return code;
    }

    /// <summary>Records that the key was met before in this pass (an error on this row), or remembers it.</summary>
    public bool IsRepeated(ImportPass pass, int column, string key)
    {
        if (pass.Seen.TryGetValue(key, out var first))
        {
            FailKey(column, "Cell_Duplicate", first);
            return true;
        }
        pass.Seen[key] = RowNumber;
        return false;
    }

    /// <summary>A message of the Imports module's resources, for errors that are not about one cell's shape.</summary>
    public static string Message(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Messages.GetString(key, CultureInfo.CurrentUICulture) ?? key, arguments);

    [GeneratedRegex(@"\A(\d{4})\s*(?:[./-]|年)\s*(\d{1,2})\s*月?\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
