using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// Loads the administrative divisions and the holiday calendar shipped with the app (ReferenceData/, with
/// their source notes) into the database. Idempotent: adds what is missing and corrects what changed.
/// </summary>
public sealed class ReferenceDataLoader(YincaiDb db, HolidayCalendar calendar, ILogger<ReferenceDataLoader> logger) : IReferenceData
{
    /// <summary>First: what other modules load or seed names divisions.</summary>
    public int Order => 0;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var regions = await LoadRegionsAsync(cancellationToken);
        var days = await LoadCalendarAsync(cancellationToken);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        // Thousands of tracked rows would slow every later save of this request's context (demo seeding).
        db.ChangeTracker.Clear();
        logger.LogInformation("Reference data: {Regions} regions and {Days} calendar days added or corrected", regions, days);
    }

    private async Task<int> LoadRegionsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        var changed = 0;
        foreach (var row in DivisionCsv.LoadEmbedded())
        {
            if (!existing.TryGetValue(row.Code, out var region))
            {
                db.Regions.Add(row);
                changed++;
            }
            else if (region.Name != row.Name)
            {
                region.Rename(row.Name);
                changed++;
            }
        }
        return changed;
    }

    /// <summary>The shipped years, each unless an administrator has loaded that year since (their file stands).</summary>
    private async Task<int> LoadCalendarAsync(CancellationToken cancellationToken)
    {
        var loadedByHand = await db.CalendarYears.Where(y => y.Source != CalendarYear.Shipped).Select(y => y.Year).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var year in HolidayCsv.LoadEmbedded().GroupBy(d => d.NoticeYear).Where(g => !loadedByHand.Contains(g.Key)))
        {
            changed += await calendar.StageAsync(year.Key, year.ToList(), CalendarYear.Shipped, "", null, always: false, cancellationToken);
        }
        return changed;
    }
}
