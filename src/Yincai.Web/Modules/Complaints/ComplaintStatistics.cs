using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Complaints;

/// <summary>One line of the statistics: received, not accepted, resolved, upheld, open and overdue, the average rating.</summary>
public sealed record ComplaintTally(string Key, int Received, int NotAccepted, int Resolved, int Upheld, int Open, int Overdue, double? Rating);

public sealed record ComplaintStatisticsReport(int Year, IReadOnlyList<ComplaintTally> ByKind, IReadOnlyList<ComplaintTally> ByRegion,
    IReadOnlyList<ComplaintTally> ByMonth);

/// <summary>The complaints of a year in the officer's scope by kind, by responsible region and by month of receipt (GRD-14).</summary>
public sealed class ComplaintStatistics(YincaiDb db, ChinaClock clock)
{
    public async Task<ComplaintStatisticsReport> YearAsync(int year, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        // One grouped query over the year's rows in scope (indexed by month), folded three ways in memory.
        var rows = await db.Complaints.AsNoTracking().Where(c => c.ReceivedMonth >= year * 100 + 1 && c.ReceivedMonth <= year * 100 + 12)
            .GroupBy(c => new { c.Kind, c.RegionCode, c.ReceivedMonth })
            .Select(g => new Row(g.Key.Kind, g.Key.RegionCode, g.Key.ReceivedMonth, g.Count(),
                g.Count(c => c.Status == ComplaintStatus.NotAccepted),
                g.Count(c => c.Status == ComplaintStatus.Resolved),
                g.Count(c => c.Upheld == true),
                g.Count(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Accepted || c.Status == ComplaintStatus.Handling),
                g.Count(c => (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Accepted || c.Status == ComplaintStatus.Handling) && c.DueOn < today),
                g.Sum(c => c.Rating ?? 0), g.Count(c => c.Rating != null)))
            .ToListAsync(cancellationToken);
        return new ComplaintStatisticsReport(year,
            Fold(rows, r => r.Kind.ToString()).OrderBy(t => Enum.Parse<ComplaintKind>(t.Key)).ToList(),
            Fold(rows, r => r.Region).OrderBy(t => t.Key, StringComparer.Ordinal).ToList(),
            Fold(rows, r => r.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(t => t.Key, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<ComplaintTally> Fold(List<Row> rows, Func<Row, string> key) =>
        rows.GroupBy(key).Select(g =>
        {
            var rated = g.Sum(r => r.Rated);
            return new ComplaintTally(g.Key, g.Sum(r => r.Received), g.Sum(r => r.NotAccepted), g.Sum(r => r.Resolved), g.Sum(r => r.Upheld),
                g.Sum(r => r.Open), g.Sum(r => r.Overdue), rated == 0 ? null : (double)g.Sum(r => r.RatingSum) / rated);
        });

    private sealed record Row(ComplaintKind Kind, string Region, int Month, int Received, int NotAccepted, int Resolved, int Upheld, int Open,
        int Overdue, int RatingSum, int Rated);
}
