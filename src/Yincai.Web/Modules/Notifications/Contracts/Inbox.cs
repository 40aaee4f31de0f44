using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

using Yincai.Modules.Notifications;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>The in-app inbox people read. Modules tell people things through <see cref="Notifier"/>, whose messages each reader
/// sees in their own language.</summary>
public sealed class Inbox(YincaiDb db, TimeProvider clock)
{
    public Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken) =>
        NavigationMenu.CappedCountAsync(db.Notifications.Where(n => n.RecipientId == userId && n.ReadAtUtc == null), cancellationToken);

    /// <summary>The user's notifications, unordered (see <see cref="Newest"/>).</summary>
    public IQueryable<Notification> For(Guid userId) =>
        db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId);

    /// <summary>The inbox's order, newest first.</summary>
    public static IQueryable<Notification> Newest(IQueryable<Notification> notifications) =>
        notifications.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id);

    public async Task<bool> MarkReadAsync(Guid userId, Guid id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == userId, cancellationToken);
        if (notification is null) return false;
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task MarkAllReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var n in await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAtUtc == null).ToListAsync(cancellationToken))
            n.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
