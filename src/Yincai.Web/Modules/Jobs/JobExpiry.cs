using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>Closes published jobs, project demands and talents' projects whose valid-until date has passed, at start and
/// then every hour. Safe with several copies of the app: each close is a versioned update, and a lost race is simply skipped.</summary>
public sealed partial class JobExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobExpiry> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await CloseExpiredAsync(cancellationToken) is > 0 and var count) LogClosed(count);
    }

    public async Task<int> CloseExpiredAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var today = ChinaClock.DateOf(Clock.GetUtcNow().UtcDateTime);
        var due = new List<Posting>();
        due.AddRange(await db.Jobs.Where(j => j.Status == JobStatus.Published && j.ValidUntil < today).Take(500).ToListAsync(cancellationToken));
        due.AddRange(await db.ProjectDemands.Where(d => d.Status == JobStatus.Published && d.ValidUntil < today).Take(500).ToListAsync(cancellationToken));
        due.AddRange(await db.TalentProjects.Where(p => p.Status == JobStatus.Published && p.ValidUntil < today).Take(500).ToListAsync(cancellationToken));
        var closed = due.Count(p => p.ExpireIfDue(today));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // another copy closed them first
        }
        return closed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} expired jobs, project demands and projects closed")]
    private partial void LogClosed(int count);
}
