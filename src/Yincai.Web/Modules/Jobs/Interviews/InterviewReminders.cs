using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Interviews;

/// <summary>The day before an interview (China date), the talent is reminded once of an invitation not declined: from 08:00,
/// checked every 30 minutes.</summary>
public sealed partial class InterviewReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InterviewReminders> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(30);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var told = await scope.ServiceProvider.GetRequiredService<InterviewReminderRound>().RunAsync(cancellationToken);
        if (told > 0) LogTold(told);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview reminders: {Count} talents told")]
    private partial void LogTold(int count);
}

/// <summary>One round of <see cref="InterviewReminders"/>; the invitation records that it was reminded.</summary>
public sealed class InterviewReminderRound(YincaiDb db, ChinaClock clock, Notifier notifier, InterviewInvitations invitations)
{
    /// <summary>Not before this hour of the day before (China time): nobody is woken by it.</summary>
    public const int FromHour = 8;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (clock.Now.Hour < FromHour) return 0;
        var tomorrow = clock.Today.AddDays(1);
        var (from, to) = (ChinaClock.StartOfDayUtc(tomorrow), ChinaClock.EndOfDayUtc(tomorrow));
        var due = await db.Interviews.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .Where(i => i.RemindedAtUtc == null && i.StartsAtUtc >= from && i.StartsAtUtc < to
                && (i.Status == InterviewStatus.Proposed || i.Status == InterviewStatus.Accepted))
            .OrderBy(i => i.StartsAtUtc).Take(500).ToListAsync(cancellationToken);
        foreach (var i in due)
        {
            await notifier.NotifyAsync(i.TalentUserId, NotificationKinds.InterviewTomorrow,
                [i.JobTitle, i.EmployerName, invitations.When(i), invitations.Where(i)], "/Jobs/Applications", cancellationToken);
            i.MarkReminded(clock.UtcNow);
        }
        if (due.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
