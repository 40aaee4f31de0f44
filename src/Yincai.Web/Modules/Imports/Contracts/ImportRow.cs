using System.Globalization;
using System.Resources;
using Yincai.Platform;

namespace Yincai.Modules.Imports.Contracts;

/// <summary>
/// A data row of an import file, its cells in the order of the importer's <see cref="IRowImporter.Columns"/>.
/// The reading helpers record what is wrong with a cell (named by its column header, in the user's language) in
/// <see cref="Errors"/> and return null, so that one pass over a row reports all of its problems.
/// </summary>
public sealed class ImportRow(int rowNumber, IReadOnlyList<ImportColumn> columns, IReadOnlyList<object?> cells)
{
    private static readonly ResourceManager Messages = new(typeof(ImportsResource));
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    /// <summary>The row number Excel shows.</summary>
    public int RowNumber { get; } = rowNumber;

    public List<ImportRowError> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public string Header(int column) => columns[column].Header;

    public object? Cell(int column) => column < cells.Count ? cells[column] : null;

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

    /// <summary>A date from a date cell, an Excel date number, or text such as 2024-06-30.</summary>
    public DateOnly? Date(int column, bool required)
    {
        switch (Cell(column))
        {
            case DateTime t:
                return DateOnly.FromDateTime(t);
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
        FailKey(column, "Cell_BadDate", text);
        return null;
    }

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

    /// <summary>A GB/T 2260 code among <paramref name="known"/>; with <paramref name="within"/>, also inside that scope.</summary>
    public string? RegionCode(int column, bool required, IReadOnlySet<string> known, RegionScope? within = null)
    {
        var code = Text(column);
        if (code is null)
        {
            if (required) FailKey(column, "Cell_Required");
            return null;
        }
        if (!known.Contains(code))
        {
            FailKey(column, "Cell_UnknownRegion", code);
            return null;
        }
        if (within is not null && !within.Contains(code))
        {
            FailKey(column, "Cell_OutOfScope", code);
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
}
