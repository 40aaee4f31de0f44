using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Deletions;

/// <summary>
/// Carries out or declines a talent's deletion request, in one transaction. Completing erases the personal data
/// (the talent record keeps only its id, household region and statistics fields; educations, résumés and the
/// employment history go; other modules' copies of name and résumé go through <see cref="IErasesTalentData"/>) and
/// closes the sign-in account. What the law requires to keep stays: consents (proof of what was agreed), job
/// applications and hires (counted allocations, without the name and résumé sent) and the audit trail, whose personal values
/// become unreadable as the person's audit keys are destroyed. The person hears of the outcome in the inbox either way.
/// </summary>
public sealed class TalentErasure(YincaiDb db, AccountClosure accounts, Notifier notifier, CurrentUser current, TimeProvider clock,
    IStringLocalizer<TalentsResource> text, IEnumerable<IErasesTalentData> copies, DataSubjectKeys keys)
{
    public async Task<Result> CompleteAsync(DeletionRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The person may have moved their household registration since asking; the new region's officers handle it.
        if (await db.Talents.FirstOrDefaultAsync(t => t.Id == request.TalentId, cancellationToken) is not { } talent)
            return new Error("talents.moved_away", text["Error_TalentMovedAway"]);
        var handled = request.Complete(current.Id!.Value, now);
        if (handled.IsError) return handled;
        var userId = talent.UserId;

        db.Educations.RemoveRange(await db.Educations.Where(e => e.TalentId == talent.Id).ToListAsync(cancellationToken));
        db.Resumes.RemoveRange(await db.Resumes.Where(r => r.TalentId == talent.Id).ToListAsync(cancellationToken));
        db.EmploymentChanges.RemoveRange(await db.EmploymentChanges.Where(e => e.TalentId == talent.Id).ToListAsync(cancellationToken));
        foreach (var copy in copies) await copy.EraseAsync(talent.Id, userId, cancellationToken);
        talent.Erase(now);
        // The audit trail keeps its rows (and its chain) but can no longer read what they hold of the person; the
        // account's key goes with the account.
        await keys.ShredAsync(talent.Id, cancellationToken);
        if (userId is { } user)
        {
            await accounts.CloseAsync(user, cancellationToken);
            await notifier.NotifyAsync(user, NotificationKinds.DeletionCompleted, [], null, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> DeclineAsync(DeletionRequest request, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note)) return new Error("talents.note_required", text["Error_DeclineNoteRequired"], "Note");
        if (note.Trim().Length > 500) return new Error("talents.note_too_long", text["Error_DeclineNoteTooLong", 500], "Note");
        var handled = request.Decline(current.Id!.Value, note.Trim(), clock.GetUtcNow().UtcDateTime);
        if (handled.IsError) return handled;
        var userId = await db.Talents.Where(t => t.Id == request.TalentId).Select(t => t.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is { } user)
            await notifier.NotifyAsync(user, NotificationKinds.DeletionDeclined, [note.Trim()], "/Talents/Profile/Data", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
