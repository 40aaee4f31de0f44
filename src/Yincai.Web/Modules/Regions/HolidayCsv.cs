using Yincai.Platform;
using System.Globalization;

namespace Yincai.Modules.Regions;

/// <summary>
/// Reads the holiday arrangement CSV derived from NateScarlet/holiday-cn
/// (ReferenceData/holidays-SOURCE.md): <c>date,name,is_off_day,source_year_file</c>.
/// </summary>
public static class HolidayCsv
{
    public const string EmbeddedResourceName = "Yincai.ReferenceData.holidays-2019-2027.csv";

    private const string Header = "date,name,is_off_day,source_year_file";

    /// <summary>Parses the CSV; a malformed line throws a <see cref="FormatException"/> that names its line number.</summary>
    public static IReadOnlyList<CalendarDay> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // A reader over a string keeps a byte-order mark that a StreamReader would have dropped.
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Trim();
        if (header != Header)
        {
            throw new FormatException($"Line 1: expected the header '{Header}'.");
        }

        var days = new List<CalendarDay>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            days.Add(ParseLine(line, lineNumber));
        }

        return days;
    }

    /// <summary>The arrangement embedded in this assembly.</summary>
    public static IReadOnlyList<CalendarDay> LoadEmbedded()
    {
        using var reader = EmbeddedReferenceData.Open("holidays-2019-2027.csv");
        return Parse(reader);
    }

    private static CalendarDay ParseLine(string line, int lineNumber)
    {
        // The names contain no commas or quotes (holidays joined by 、), so a plain split is the whole CSV grammar we need.
        var fields = line.Split(',');
        if (fields.Length != 4)
        {
            throw new FormatException($"Line {lineNumber}: expected 4 comma-separated fields, found {fields.Length}.");
        }

        if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Line {lineNumber}: '{fields[0]}' is not a yyyy-MM-dd date.");
        }

        var isOffDay = fields[2].Trim() switch
        {
            "true" => true,
            "false" => false,
            var other => throw new FormatException($"Line {lineNumber}: is_off_day must be true or false, not '{other}'."),
        };

        if (!int.TryParse(fields[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var noticeYear))
        {
            throw new FormatException($"Line {lineNumber}: source_year_file must be a year, not '{fields[3]}'.");
        }

        return new CalendarDay(date, isOffDay, fields[1].Trim(), noticeYear);
    }
}
