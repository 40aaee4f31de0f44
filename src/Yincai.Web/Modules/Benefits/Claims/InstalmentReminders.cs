using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Benefits.Finding;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Claims;

/// <summary>
/// GRD-11's second half as a reminder: a claimant paid the first half of a benefit paid in instalments must come back for the rest
/// once the business has run <see cref="BenefitClaims.RestMonths"/> months. From <see cref="BenefitsOptions.InstalmentReminderDays"/>
/// days before that day (China date) to the day itself, the claimant's users are told once which day it is: the inbox, and e-mail and
/// SMS by their preferences (SMS after their quiet hours).
/// </summary>
public sealed partial class InstalmentReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InstalmentReminders> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var told = await scope.ServiceProvider.GetRequiredService<InstalmentReminderRound>().RunAsync(cancellationToken);
        if (told > 0) LogTold(told);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instalment reminders: {Count} claimants' users told the rest of a benefit is due")]
    private partial void LogTold(int count);
}

/// <summary>One round of <see cref="InstalmentReminders"/>; the message itself (its link names the benefit, its values the day) marks
/// a user as told of that instalment.</summary>
public sealed class InstalmentReminderRound(YincaiDb db, EmployerDirectory employers, Notifier notifier, ChinaClock clock,
    IOptions<BenefitsOptions> options)
{
    public const int PageSize = 1_000;

    /// <summary>The advisory lock of the reminder pages ("YCIR").</summary>
    public const long PageLock = 0x5943_4952;

    /// <summary>
    /// A first half is claimed from 6 months of operation and the rest is due at 12, so the rest is due at most 6 months after the first
    /// half was granted (a few days more where a month is short): grants older than this can no longer be in their reminder days.
    /// </summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(200);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var days = options.Value.InstalmentReminderDays;
        // Instalments follow a business's months of operation: employers' benefits only (BenefitCatalog refuses others). A background
        // round for the whole platform, so across region scopes.
        var names = await db.Benefits.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(b => b.Instalments != BenefitInstalments.None && b.Claimant == BenefitClaimant.Employer)
            .ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        if (names.Count == 0) return 0;
        var benefitIds = names.Keys.ToList();
        var since = clock.UtcNow - Recent;
        var grants = db.BenefitGrants.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        var claims = db.BenefitApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        // First halves whose rest is neither granted nor claimed (a claim under review needs no reminder).
        var open = grants.Where(g => benefitIds.Contains(g.BenefitId) && g.Half == 1 && g.GrantedAtUtc >= since
            && !grants.Any(h => h.BenefitId == g.BenefitId && h.ClaimantId == g.ClaimantId && h.Period == g.Period && h.Half == 2)
            && !claims.Any(a => a.BenefitId == g.BenefitId && a.ClaimantId == g.ClaimantId && a.Period == g.Period
                && a.Status == ApplicationStatus.Submitted));
        var count = 0;
        for (Guid? after = null; ;)
        {
            // Each page under the lock, so that another copy's round never reads who was told before this one's messages are saved.
            await using var exclusive = await ExclusiveWork.BeginAsync(db, PageLock, cancellationToken);
            if (exclusive.Busy) break;
            var page = await (after is { } last ? open.Where(g => g.Id.CompareTo(last) > 0) : open).OrderBy(g => g.Id).Take(PageSize)
                .Select(g => new { g.Id, g.BenefitId, g.ClaimantId }).ToListAsync(cancellationToken);
            if (page.Count == 0) break;
            after = page[^1].Id;
            var facts = await employers.FactsAsync(page.Select(g => g.ClaimantId).Distinct().ToList(), cancellationToken);
            foreach (var grant in page)
            {
                if (!facts.TryGetValue(grant.ClaimantId, out var employer) || employer.Status != EmployerStatus.Verified) continue;
                var dueOn = BenefitClaims.RestClaimableOn(ChinaClock.DateOf(employer.RegisteredAtUtc));
                var daysLeft = dueOn.DayNumber - today.DayNumber;
                if (daysLeft < 0 || daysLeft > days) continue;
                var due = dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var link = $"/Benefits/Claim?benefit={grant.BenefitId}";
                var members = await employers.MemberUserIdsAsync(grant.ClaimantId, cancellationToken);
                var told = await notifier.AlreadyToldAsync(members, NotificationKinds.BenefitInstalmentDue, due, link, cancellationToken);
                foreach (var member in members.Except(told))
                {
                    await notifier.NotifyAsync(member, NotificationKinds.BenefitInstalmentDue,
                        [names[grant.BenefitId], due, daysLeft.ToString(CultureInfo.InvariantCulture)], link, cancellationToken);
                    count++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await exclusive.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (page.Count < PageSize) break;
        }
        return count;
    }
}
