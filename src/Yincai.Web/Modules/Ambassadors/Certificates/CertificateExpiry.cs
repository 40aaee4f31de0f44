using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Certificates;

/// <summary>Tells holders (inbox) a month before their certificate expires, at start and then every poll. Each notice is
/// marked on the certificate in the same save, so several copies of the app tell each holder once (a lost race rolls back).</summary>
public sealed partial class CertificateExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AmbassadorsOptions> options,
    ILogger<CertificateExpiry> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.PollMinutes);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await NotifyDueAsync(cancellationToken) is > 0 and var count) LogNotified(count);
    }

    // Another copy told them first.
    protected override bool IsLostRace(Exception exception) => exception is DbUpdateException;

    public async Task<int> NotifyDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var talents = scope.ServiceProvider.GetRequiredService<TalentEnrolment>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var today = ChinaClock.DateOf(now);
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
                await notifier.NotifyAsync(userId, NotificationKinds.AmbassadorCertificateExpiring,
                    [certificate.Number, MessageValues.Date(certificate.ExpiresOn)], "/Ambassadors/Mine", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} ambassador certificates about to expire: holders told")]
    private partial void LogNotified(int count);
}
