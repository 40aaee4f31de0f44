using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>The organiser invites the event's audience in its region: each person once, told in their inbox.</summary>
public sealed class EventInvitations(YincaiDb db, IEnumerable<IEventAudienceProvider> providers, Notifier notifier, TimeProvider clock)
{
    public const int MaxPerRun = 5_000;

    /// <summary>Invites those of <paramref name="audience"/> not invited yet; returns how many were.</summary>
    public async Task<Result<int>> InviteAsync(Guid eventId, EventAudience audience, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Event>(eventId, cancellationToken, tracked: false) is not { } item) return EventErrors.NotFound;
        if (item.Status != EventStatus.Published) return EventErrors.NotPublished;
        if (providers.FirstOrDefault(p => p.Audience == audience) is not { } provider) return EventErrors.NoAudienceProvider;
        var accounts = await provider.AccountsAsync(item.RegionCode, MaxPerRun, cancellationToken);
        var already = (await db.EventInvitations.Where(i => i.EventId == eventId).Select(i => i.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = accounts.Where(already.Add).ToList();
        var where = item.IsOnline ? item.LivestreamUrl ?? "" : item.Venue ?? "";
        foreach (var userId in fresh)
        {
            db.EventInvitations.Add(new EventInvitation(eventId, userId, now));
            await notifier.NotifyAsync(userId, NotificationKinds.EventInvitation, [item.Title, MessageValues.Time(item.StartsAtUtc), where],
                $"/Events/View?id={eventId}", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return fresh.Count;
    }
}
