using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// Loads the administrative divisions and the holiday calendar shipped with the app (ReferenceData/, with
/// their source notes) into the database. Idempotent: adds what is missing and corrects what changed.
/// </summary>
public sealed class ReferenceDataLoader(YincaiDb db, ILogger<ReferenceDataLoader> logger) : IReferenceData
{
    /// <summary>First: what other modules load or seed names divisions.</summary>
    public int Order => 0;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var regions = await LoadRegionsAsync(cancellationToken);
        var days = await LoadCalendarAsync(cancellationToken);
        if (regions + days > 0) await db.SaveChangesAsync(cancellationToken);
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

    private async Task<int> LoadCalendarAsync(CancellationToken cancellationToken)
    {
        var existing = await db.CalendarEntries.ToDictionaryAsync(d => d.Date, cancellationToken);
        var changed = 0;
        foreach (var (date, isOffDay, name) in HolidayCsv.LoadEmbedded())
        {
            if (!existing.TryGetValue(date, out var entry))
            {
                db.CalendarEntries.Add(new CalendarEntry(date, name, isOffDay));
                changed++;
            }
            else if (entry.Name != name || entry.IsOffDay != isOffDay)
            {
                entry.Update(name, isOffDay);
                changed++;
            }
        }
        return changed;
    }
}
