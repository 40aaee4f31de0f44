using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>
/// The day before an event (China time), each talent holding a seat is reminded once: the inbox, and SMS or e-mail by their
/// preferences (SMS after their quiet hours). Runs every quarter of an hour; a registration is reminded once however often.
/// </summary>
public sealed partial class EventReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EventReminders> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var sent = await scope.ServiceProvider.GetRequiredService<EventReminderRound>().RunAsync(cancellationToken);
        if (sent > 0) LogSent(sent);
    }

    protected override bool IsLostRace(Exception exception) => exception is DbUpdateConcurrencyException;

    [LoggerMessage(Level = LogLevel.Information, Message = "Event reminders: {Count} talents reminded of tomorrow's events")]
    private partial void LogSent(int count);
}

/// <summary>One round of <see cref="EventReminders"/>.</summary>
public sealed class EventReminderRound(YincaiDb db, ChinaClock clock, Notifier notifier)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var tomorrow = clock.Today.AddDays(1);
        var (from, until) = (ChinaClock.StartOfDayUtc(tomorrow), ChinaClock.EndOfDayUtc(tomorrow));
        var events = await db.Events.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartsAtUtc >= from && e.StartsAtUtc < until)
            .Select(e => new { e.Id, e.Title, e.StartsAtUtc, e.IsOnline, e.Venue }).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var e in events)
        {
            var due = await db.EventRegistrations.Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered && r.RemindedAtUtc == null)
                .OrderBy(r => r.Number).Take(1000).ToListAsync(cancellationToken);
            foreach (var registration in due)
            {
                var time = ChinaClock.ToChina(e.StartsAtUtc).ToString("M/d HH:mm", CultureInfo.InvariantCulture);
                await notifier.NotifyAsync(registration.UserId, NotificationKinds.EventTomorrow, [e.Title, time, e.IsOnline ? "线上 Online" : e.Venue ?? ""],
                    "/Events/Ticket?id=" + registration.Id, cancellationToken);
                registration.Reminded(clock.UtcNow);
                count++;
            }
            if (due.Count > 0) await db.SaveChangesAsync(cancellationToken);
        }
        return count;
    }
}
