using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Complaints;

/// <summary>
/// The deadlines of open complaints (GRD-14): from the reminder day the handling officers are reminded once (inbox, e-mail
/// and SMS by their preferences); the day after the deadline the complaint is escalated to the city, whose officers are
/// told and then handle it beside the county.
/// </summary>
public sealed partial class ComplaintDeadlines(IServiceScopeFactory scopes, IOptions<ComplaintsOptions> options, TimeProvider clock,
    ILogger<ComplaintDeadlines> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var (reminded, escalated) = await scope.ServiceProvider.GetRequiredService<ComplaintDeadlineRound>().RunAsync(cancellationToken);
        if (reminded + escalated > 0) LogRound(reminded, escalated);
    }

    protected override bool IsLostRace(Exception exception) => exception is DbUpdateConcurrencyException;

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint deadlines: {Reminded} reminded, {Escalated} escalated")]
    private partial void LogRound(int reminded, int escalated);
}

/// <summary>One round of <see cref="ComplaintDeadlines"/>, callable on its own (tests, a console command).</summary>
public sealed class ComplaintDeadlineRound(YincaiDb db, ChinaClock clock, ComplaintIntake intake, AccountDirectory accounts, Notifier notifier,
    RegionDirectory regions)
{
    public async Task<(int Reminded, int Escalated)> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var now = clock.UtcNow;
        var complaints = db.Complaints.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(Complaint.Open);

        var remind = await complaints.Where(c => c.RemindOn <= today && c.DueOn >= today && c.RemindedAtUtc == null)
            .OrderBy(c => c.DueOn).Take(500).ToListAsync(cancellationToken);
        foreach (var c in remind)
        {
            var officers = await accounts.StaffOfRegionAsync(Roles.Officer, c.AssignedRegionCode, cancellationToken);
            await notifier.NotifyAllAsync(officers.Select(o => o.Id), NotificationKinds.ComplaintDueSoon, [c.TrackingNumber, Date(c.DueOn)],
                "/Complaints/Manage/Details?id=" + c.Id, cancellationToken);
            c.Reminded(now);
            db.ComplaintSteps.Add(new ComplaintStep(c, ComplaintStepKind.Reminded, null, null, now));
        }

        var escalate = await complaints.Where(c => c.DueOn < today && c.EscalatedAtUtc == null)
            .OrderBy(c => c.DueOn).Take(500).ToListAsync(cancellationToken);
        var names = await regions.NamesAsync(escalate.Select(c => c.RegionCode).Distinct().ToList(), cancellationToken);
        foreach (var c in escalate)
        {
            var (to, city) = await intake.OfficersAsync(c.SupervisorRegionCode, cancellationToken);
            var county = await accounts.StaffOfRegionAsync(Roles.Officer, c.AssignedRegionCode, cancellationToken);
            await notifier.NotifyAllAsync(city.Concat(county.Select(o => o.Id)), NotificationKinds.ComplaintEscalated,
                [c.TrackingNumber, Date(c.DueOn), names.GetValueOrDefault(c.RegionCode) ?? c.RegionCode], "/Complaints/Manage/Details?id=" + c.Id, cancellationToken);
            c.Escalated(now, to);
            db.ComplaintSteps.Add(new ComplaintStep(c, ComplaintStepKind.Escalated, null, to, now));
        }
        if (remind.Count + escalate.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return (remind.Count, escalate.Count);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
