using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Certificates;

/// <summary>Tells holders (inbox) a month before their certificate expires, at start and then every poll. Each notice is
/// marked on the certificate in the same save, so several copies of the app tell each holder once (a lost race rolls back).</summary>
public sealed partial class CertificateExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AmbassadorsOptions> options,
    ILogger<CertificateExpiry> logger) : BackgroundService
{
    public async Task<int> NotifyDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var talents = scope.ServiceProvider.GetRequiredService<TalentEnrolment>();
        var inbox = scope.ServiceProvider.GetRequiredService<Inbox>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now.AddHours(8));
        var horizon = today.AddDays(options.Value.ExpiryNoticeDays);
        var due = await db.AmbassadorCertificates.Where(c => c.RevokedOn == null && c.ExpiryNoticeSentAtUtc == null
                && c.ExpiresOn >= today && c.ExpiresOn <= horizon).Take(500).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var ambassadorIds = due.Select(c => c.AmbassadorId).ToList();
        var holders = await db.Ambassadors.AsNoTracking().Where(a => ambassadorIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.TalentId, cancellationToken);
        var accounts = await talents.AccountsAsync(holders.Values.ToList(), cancellationToken);
        foreach (var certificate in due)
        {
            certificate.ExpiryNoticeSent(now);
            if (holders.TryGetValue(certificate.AmbassadorId, out var talentId) && accounts.TryGetValue(talentId, out var userId))
                inbox.Send(userId, AmbassadorTexts.Get("Inbox_ExpiringTitle"),
                    AmbassadorTexts.Get("Inbox_ExpiringBody", certificate.Number, Display.Date(certificate.ExpiresOn)), "/Ambassadors/Mine");
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.PollMinutes), clock);
        do
        {
            try
            {
                if (await NotifyDueAsync(stoppingToken) is > 0 and var count) LogNotified(count);
            }
            catch (DbUpdateException)
            {
                // Another copy told them first.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} ambassador certificates about to expire: holders told")]
    private partial void LogNotified(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telling holders of expiring ambassador certificates failed")]
    private partial void LogFailed(Exception exception);
}
