using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Filing;

/// <summary>
/// The filing deadline as a reminder (AMB-13, AMB-15): from <see cref="DaysBefore"/> days before the next deadline (China date),
/// the officers of every city with ambassadors are told once which day it is (inbox, and e-mail by their preferences).
/// </summary>
public sealed partial class FilingReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FilingReminders> logger) : PeriodicWork(clock, logger)
{
    public const int DaysBefore = 7;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var told = await scope.ServiceProvider.GetRequiredService<FilingReminderRound>().RunAsync(cancellationToken);
        if (told > 0) LogTold(told);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Filing reminders: {Count} city officers told of the next deadline")]
    private partial void LogTold(int count);
}

/// <summary>One round of <see cref="FilingReminders"/>; the message itself marks an officer as told of that deadline.</summary>
public sealed class FilingReminderRound(YincaiDb db, AmbassadorRegistry registry, AccountDirectory accounts, Notifier notifier)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var next = await registry.NextDeadlineAsync(cancellationToken);
        if (next.DaysLeft > FilingReminders.DaysBefore) return 0;
        var due = next.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var cities = await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Select(a => a.RegionCode).Distinct()
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var city in cities)
        {
            var officers = (await accounts.StaffOfRegionAsync(Roles.Officer, city, cancellationToken)).Select(o => o.Id).ToList();
            if (officers.Count == 0) continue;
            var told = await notifier.AlreadyToldAsync(officers, NotificationKinds.AmbassadorFilingDue, due, null, cancellationToken);
            foreach (var officer in officers.Except(told))
            {
                await notifier.NotifyAsync(officer, NotificationKinds.AmbassadorFilingDue,
                    [due, next.DaysLeft.ToString(CultureInfo.InvariantCulture)], "/Ambassadors/Batches", cancellationToken);
                count++;
            }
        }
        if (count > 0) await db.SaveChangesAsync(cancellationToken);
        return count;
    }
}
