using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Audit.Contracts;

/// <summary>
/// Records that someone saw a protected value in clear (ID number, mobile, disadvantaged-group flags):
/// who, which record, which fields and why. Call it before the value is shown; the view and the audit row
/// go together or not at all. Reveals on request (<see cref="RevealAsync"/>) are limited per person
/// (<c>Audit:RevealsPerMinute</c>, <c>Audit:RevealsPerDay</c>), counted from the trail's own pii.view rows so that
/// the limit holds across copies of the app.
/// </summary>
public sealed class SensitiveDataViews(YincaiDb db, CurrentUser current, IOptions<AuditOptions> options, AccountDirectory accounts,
    Notifier notifier, IStringLocalizer<AuditResource> text, TimeProvider clock)
{
    // Any constant: with the person's id, the advisory lock that makes count-then-reveal atomic on PostgreSQL.
    private const int RevealLockKey = 0x7265_7665;

    public async Task RecordAsync(string entityType, string entityId, IReadOnlyList<string> fields, string purpose,
        string? regionCode, CancellationToken cancellationToken)
    {
        db.Audit(new AuditRecord(AuditActions.SensitiveView, AuditOutcome.Success, current.Id, current.UserName,
            entityType, entityId, regionCode, After: AuditJson.Serialize(new { fields, purpose }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records that someone downloaded a document about a person (a résumé PDF): who, whose, which document
    /// and why, as an export; call it before the file is sent.</summary>
    public async Task RecordDownloadAsync(string entityType, string entityId, string document, string documentId, string purpose,
        string? regionCode, CancellationToken cancellationToken)
    {
        db.Audit(new AuditRecord(AuditActions.Export, AuditOutcome.Success, current.Id, current.UserName, entityType, entityId, regionCode,
            After: AuditJson.Serialize(new { document, documentId, purpose }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A staff member asks to see a protected value in clear. Within the limits the view is recorded as by
    /// <see cref="RecordAsync"/> and the caller may show the value. Over a limit nothing may be shown: the refusal is
    /// recorded, the security admins get an inbox alert (once per person and window) and the error says why.
    /// </summary>
    public async Task<Result> RevealAsync(string entityType, string entityId, IReadOnlyList<string> fields, string purpose,
        string? regionCode, CancellationToken cancellationToken)
    {
        if (current.Id is not { } actor)
        {
            await RecordAsync(entityType, entityId, fields, purpose, regionCode, cancellationToken);
            return Result.Ok();
        }
        var limits = options.Value;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // SQLite's transaction is BEGIN IMMEDIATE, which already serialises writers; PostgreSQL needs the lock.
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock({RevealLockKey}, {BinaryPrimitives.ReadInt32LittleEndian(actor.ToByteArray().AsSpan(12))})",
                cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var (minuteAgo, dayAgo) = (now.AddMinutes(-1), now.AddDays(-1));
        var recent = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == actor && a.Action == AuditActions.SensitiveView && a.Outcome == AuditOutcome.Success && a.OccurredAtUtc > dayAgo)
            .Select(a => a.OccurredAtUtc).ToListAsync(cancellationToken);
        var (inMinute, inDay) = (recent.Count(t => t > minuteAgo), recent.Count);
        if (inMinute < limits.RevealsPerMinute && inDay < limits.RevealsPerDay)
        {
            await RecordAsync(entityType, entityId, fields, purpose, regionCode, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return Result.Ok();
        }

        var byMinute = inMinute >= limits.RevealsPerMinute;
        var (window, since, limit) = byMinute ? ("minute", minuteAgo, limits.RevealsPerMinute) : ("day", dayAgo, limits.RevealsPerDay);
        db.Audit(new AuditRecord(AuditActions.SensitiveView, AuditOutcome.Denied, actor, current.UserName, entityType, entityId, regionCode,
            After: AuditJson.Serialize(new { fields, purpose, refused = "rate_limit", window, limit }), IpAddress: current.IpAddress));
        await AlertOnceAsync(actor, window, since, limit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return new Error("audit.reveal_limited", text["Reveal_Limited", limits.RevealsPerMinute, limits.RevealsPerDay].Value);
    }

    private async Task AlertOnceAsync(Guid actor, string window, DateTime since, int limit, CancellationToken cancellationToken)
    {
        var actorId = actor.ToString();
        if (await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.RevealLimitAlert && a.EntityId == actorId && a.OccurredAtUtc > since,
                cancellationToken))
            return;
        var admins = await accounts.HoldersOfAsync(Roles.SecurityAdmin, cancellationToken);
        await notifier.NotifyAllAsync(admins, window == "minute" ? NotificationKinds.RevealLimitPerMinute : NotificationKinds.RevealLimitPerDay,
            [current.UserName ?? "", MessageValues.Number(limit)], null, cancellationToken);
        db.Audit(new AuditRecord(AuditActions.RevealLimitAlert, AuditOutcome.Denied, actor, current.UserName, "Account", actorId,
            After: AuditJson.Serialize(new { window, limit, notified = admins.Count }), IpAddress: current.IpAddress));
    }
}
