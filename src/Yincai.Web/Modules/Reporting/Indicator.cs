namespace Yincai.Modules.Reporting;

/// <summary>One cell of a report's table: its text, and for a count the list of the records behind it (the drill-down).</summary>
public sealed record ReportCell(string Text, string? Link = null, int? Count = null)
{
    public static ReportCell Number(int count, string? link = null) =>
        new(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), link, count);

    public static ReportCell Percent(double? rate) => new(rate is { } r ? r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—");
}

/// <summary>A row of a report's table: a region (or a station) and its figures; the total row comes last.</summary>
public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells, bool IsTotal = false, bool Behind = false)
{
    /// <summary>The list the label itself counts (a program's named stations), when it does.</summary>
    public ReportCell? LabelList { get; init; }
}

/// <summary>A bar per row against the target line (ECharts, drawn from this data by <c>js/reporting.js</c>).</summary>
public sealed record ReportChart(IReadOnlyList<string> Labels, IReadOnlyList<double?> Values, double? Target, string Unit, string Kind = "bar");

/// <summary>
/// One target of a notice against its actual in the viewer's scope (a rule ID such as GRD-15): the headline, the regions
/// furthest behind, a chart and the table behind both, each count linked to its list.
/// </summary>
public sealed record Indicator(string Rule, string Program, string Title, string Target, string Actual, bool? Met,
    IReadOnlyList<string> Headers, IReadOnlyList<ReportRow> Rows, ReportChart? Chart = null, ReportChart? Trend = null, int? ShortfallColumn = null)
{
    /// <summary>The region furthest behind, when any is.</summary>
    public ReportRow? FurthestBehind => Rows.FirstOrDefault(r => r.Behind && !r.IsTotal);

    /// <summary>The list of what keeps the region furthest behind from its target (its graduates not placed, its overdue contacts).</summary>
    public ReportCell? FurthestBehindList => FurthestBehind is { } row && ShortfallColumn is { } column && column < row.Cells.Count
        && row.Cells[column].Link is not null ? row.Cells[column] : null;
}
