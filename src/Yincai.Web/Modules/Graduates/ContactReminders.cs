using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-03's deadline as a reminder: on the day the first contact with graduates is due (China date), each officer they are
/// assigned to is told once how many are still waiting for a call (inbox, and e-mail or SMS by the officer's preferences).
/// </summary>
public sealed partial class ContactReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ContactReminders> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(30);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var told = await scope.ServiceProvider.GetRequiredService<ContactReminderRound>().RunAsync(cancellationToken);
        if (told > 0) LogTold(told);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graduate contact reminders: {Count} officers told")]
    private partial void LogTold(int count);
}

/// <summary>One round of <see cref="ContactReminders"/>; the day's message itself marks an officer as told.</summary>
public sealed class ContactReminderRound(YincaiDb db, ChinaClock clock, Notifier notifier)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var due = await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(g => g.ContactDueOn == today && g.ContactedOn == null && g.OfficerId != null && g.Outcome == GraduateOutcome.NotYet)
            .GroupBy(g => g.OfficerId!.Value).Select(g => new { Officer = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var told = await notifier.AlreadyToldAsync(due.Select(d => d.Officer).ToList(), NotificationKinds.GraduateContactDue, date, null, cancellationToken);
        var count = 0;
        foreach (var d in due.Where(d => !told.Contains(d.Officer)))
        {
            await notifier.NotifyAsync(d.Officer, NotificationKinds.GraduateContactDue, [d.Count.ToString(CultureInfo.InvariantCulture), date],
                "/Graduates?view=ContactOwed", cancellationToken);
            count++;
        }
        if (count > 0) await db.SaveChangesAsync(cancellationToken);
        return count;
    }
}
