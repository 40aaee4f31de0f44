using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Regions;

/// <summary>A problem of a holiday-cn file: the JSON path it is at (<c>days[3].date</c>), a resource key and its values.</summary>
public sealed record HolidayFileProblem(string Field, string Key, params object[] Values)
{
    /// <summary>The message in the reader's language; a problem inside an array names its path first.</summary>
    public string Describe(IStringLocalizer<RegionsResource> text) =>
        text[Key, Field.Contains('[', StringComparison.Ordinal) ? [Field, .. Values] : Values].Value;
}

/// <summary>
/// One year's arrangement in the format of NateScarlet/holiday-cn (ReferenceData/holidays-SOURCE.md):
/// <c>{ "year": 2027, "papers": [url], "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true } ] }</c>.
/// It is read whole and checked whole: a file with any problem loads nothing, and every problem names its field.
/// </summary>
public sealed record HolidayCnFile(int Year, IReadOnlyList<string> Papers, IReadOnlyList<CalendarDay> Days)
{
    public const int MaxBytes = 256 * 1024;

    public static (HolidayCnFile? File, IReadOnlyList<HolidayFileProblem> Problems) Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes) return (null, [new("", "Calendar_Error_TooLarge", MaxBytes / 1024)]);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return (null, [new("", "Calendar_Error_NotJson", (e.LineNumber ?? 0) + 1)]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static (HolidayCnFile?, IReadOnlyList<HolidayFileProblem>) Read(JsonElement root)
    {
        var problems = new List<HolidayFileProblem>();
        if (root.ValueKind != JsonValueKind.Object) return (null, [new("", "Calendar_Error_NotObject")]);

        var year = 0;
        if (!root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out year) || year is < 2000 or > 2100)
        {
            problems.Add(new("year", "Calendar_Error_Year"));
        }

        var papers = new List<string>();
        if (root.TryGetProperty("papers", out var papersElement))
        {
            if (papersElement.ValueKind != JsonValueKind.Array) problems.Add(new("papers", "Calendar_Error_Papers"));
            else
            {
                var i = 0;
                foreach (var paper in papersElement.EnumerateArray())
                {
                    if (paper.ValueKind == JsonValueKind.String && Uri.TryCreate(paper.GetString(), UriKind.Absolute, out _)) papers.Add(paper.GetString()!);
                    else problems.Add(new($"papers[{i}]", "Calendar_Error_Paper"));
                    i++;
                }
            }
        }

        if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("days", "Calendar_Error_Days"));
            return (null, problems);
        }

        // holiday-cn publishes a year's file empty until the notice is out: loading it would claim a year without holidays.
        if (daysElement.GetArrayLength() == 0) problems.Add(new("days", "Calendar_Error_DaysEmpty", year));

        var days = new List<CalendarDay>();
        var seen = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var day in daysElement.EnumerateArray())
        {
            var at = $"days[{index}]";
            var row = index + 1;
            index++;
            if (day.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(at, "Calendar_Error_Day", row));
                continue;
            }

            var name = day.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()!.Trim() : "";
            if (name.Length is 0 or > 32) problems.Add(new(at + ".name", "Calendar_Error_Name", row));

            DateOnly? date = null;
            var dateText = day.TryGetProperty("date", out var dateElement) && dateElement.ValueKind == JsonValueKind.String ? dateElement.GetString() : null;
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                problems.Add(new(at + ".date", "Calendar_Error_Date", row, dateText ?? ""));
            else if (year != 0 && !(parsed.Year == year || (parsed.Year == year - 1 && parsed.Month == 12)))
                problems.Add(new(at + ".date", "Calendar_Error_DateYear", row, dateText!, year));
            else if (seen.TryGetValue(parsed, out var first))
                problems.Add(new(at + ".date", "Calendar_Error_Duplicate", row, dateText!, first));
            else
            {
                seen[parsed] = row;
                date = parsed;
            }

            bool? isOffDay = day.TryGetProperty("isOffDay", out var offElement) && offElement.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? offElement.GetBoolean() : null;
            if (isOffDay is null) problems.Add(new(at + ".isOffDay", "Calendar_Error_IsOffDay", row));

            if (date is { } d && isOffDay is { } off && name.Length is > 0 and <= 32) days.Add(new CalendarDay(d, off, name, year));
        }

        return problems.Count > 0 ? (null, problems) : (new HolidayCnFile(year, papers, days.OrderBy(d => d.Date).ToList()), problems);
    }
}
