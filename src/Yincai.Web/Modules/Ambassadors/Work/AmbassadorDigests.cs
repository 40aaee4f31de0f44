using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>
/// AMB-09: on each city's schedule, its active ambassadors get one inbox digest of the policies, jobs and events new in the
/// province and city since the last one; every job and event link carries the ambassador's referral code, so what they
/// forward is counted for them.
/// </summary>
public sealed partial class AmbassadorDigests(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AmbassadorsOptions> options,
    ILogger<AmbassadorDigests> logger) : PeriodicWork(clock, logger)
{
    public const int MaxItems = 10;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.PollMinutes);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await SendDueAsync(cancellationToken) is > 0 and var count) LogSent(count);
    }

    // Another copy sent them first (the schedule's version moved); its digests stand.
    protected override bool IsLostRace(Exception exception) => exception is DbUpdateException;

    /// <summary>Sends every digest that is due; returns how many ambassadors got one.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<YincaiDb>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var cities = await db.Ambassadors.AsNoTracking().Where(a => a.Status == AmbassadorStatus.Active).Select(a => a.RegionCode).Distinct()
            .ToListAsync(cancellationToken);
        var schedules = await db.DigestSchedules.ToDictionaryAsync(s => s.RegionCode, cancellationToken);
        var sent = 0;
        foreach (var city in cities)
        {
            if (!schedules.TryGetValue(city, out var schedule))
            {
                schedule = new DigestSchedule(city, options.Value.DefaultDigestDays, now);
                db.DigestSchedules.Add(schedule);
            }
            if (schedule.NextDueAtUtc > now) continue;
            var since = schedule.LastSentAtUtc ?? now.AddDays(-schedule.IntervalDays);
            sent += await SendCityAsync(services, city, since, now, cancellationToken);
            schedule.Sent(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private static async Task<int> SendCityAsync(IServiceProvider services, string city, DateTime sinceUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<YincaiDb>();
        var province = city[..2];
        var cityPrefix = city[..4];
        var jobs = await services.GetRequiredService<JobReferrals>().PublishedSinceAsync(cityPrefix, sinceUtc, MaxItems, cancellationToken);
        var events = await services.GetRequiredService<AmbassadorEvents>().PublishedSinceAsync(province, sinceUtc, nowUtc, MaxItems, cancellationToken);
        var sinceDay = ChinaClock.DateOf(sinceUtc);
        var policies = services.GetRequiredService<PolicyCatalog>().Policies
            .Where(p => p.IssuedOn >= sinceDay && (p.RegionCode == province + "0000" || p.RegionCode == city)).Take(MaxItems).ToList();
        if (jobs.Count == 0 && events.Count == 0 && policies.Count == 0) return 0;

        var ambassadors = await db.Ambassadors.AsNoTracking().Where(a => a.RegionCode == city && a.Status == AmbassadorStatus.Active)
            .Select(a => new { a.TalentId, a.ReferralCode }).ToListAsync(cancellationToken);
        var accounts = await services.GetRequiredService<TalentEnrolment>().AccountsAsync(ambassadors.Select(a => a.TalentId).ToList(), cancellationToken);
        var digests = services.GetRequiredService<DigestSubscriptions>();
        var count = 0;
        foreach (var ambassador in ambassadors)
        {
            if (!accounts.TryGetValue(ambassador.TalentId, out var userId)) continue;
            // In the inbox and by e-mail, with the one-click unsubscribe; none for who unsubscribed.
            if (await digests.SendAsync(userId, jobs.Count, events.Count, policies.Count, Body(policies, jobs, events, ambassador.ReferralCode),
                    "/Ambassadors/Mine", cancellationToken))
                count++;
        }
        return count;
    }

    /// <summary>The digest text: each item on a line with its link; job and event links carry the referral code.</summary>
    public static string Body(IReadOnlyList<PolicyDocument> policies, IReadOnlyList<PublishedJobSummary> jobs, IReadOnlyList<PublishedEventSummary> events,
        string referralCode)
    {
        var text = new StringBuilder();
        if (policies.Count > 0) text.AppendLine(AmbassadorTexts.Get("Digest_Policies"));
        foreach (var p in policies) text.AppendLine($"· {p.Title} /Policies/View?id={p.Id}");
        if (jobs.Count > 0) text.AppendLine(AmbassadorTexts.Get("Digest_Jobs"));
        foreach (var j in jobs) text.AppendLine($"· {j.Title}（{j.EmployerName}） {ReferralLinks.Job(referralCode, j.Id)}");
        if (events.Count > 0) text.AppendLine(AmbassadorTexts.Get("Digest_Events"));
        foreach (var e in events) text.AppendLine($"· {e.Title}（{Display.Time(e.StartsAtUtc)}） {ReferralLinks.Event(referralCode, e.Id)}");
        text.Append(AmbassadorTexts.Get("Digest_Forward"));
        var body = text.ToString();
        return body.Length <= 1990 ? body : body[..1990];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ambassador digests sent to {Count} ambassadors")]
    private partial void LogSent(int count);
}
