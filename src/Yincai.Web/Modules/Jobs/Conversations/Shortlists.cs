using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Conversations;

/// <summary>A shortlisted talent as the employer sees them: the card while they still share their profile, else only that
/// they no longer do.</summary>
public sealed record ShortlistItem(ShortlistEntry Entry, TalentCardForMatch? Card);

/// <summary>
/// The employer's shortlist (人才收藏, issue 22): talents found by search or matching kept with a note, to invite later. Only
/// a verified employer, only talents who share their profile; a talent who stops sharing stays listed without their card.
/// </summary>
public sealed class Shortlists(YincaiDb db, CurrentUser current, EmployerDirectory employers, TalentDirectory talents, MatchableTalents matchable,
    ChinaClock clock)
{
    public const int Max = 500;

    private async Task<EmployerCard?> VerifiedEmployerAsync(CancellationToken cancellationToken) =>
        current.Id is { } me && current.IsInRole(Roles.EmployerUser) && await employers.OfUserAsync(me, cancellationToken) is { Status: EmployerStatus.Verified } employer
            ? employer : null;

    /// <summary>Adds the talent (again: keeps the first entry); false when they were on it already.</summary>
    public async Task<Result<bool>> AddAsync(Guid talentId, string? note, CancellationToken cancellationToken)
    {
        if (await VerifiedEmployerAsync(cancellationToken) is not { } employer) return JobErrors.EmployerNotVerified;
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > ShortlistEntry.NoteMaxLength) return JobErrors.ShortlistNote(ShortlistEntry.NoteMaxLength);
        if (await talents.SharedWithEmployersAsync(talentId, cancellationToken) is null) return JobErrors.InviteTalent;
        if (await db.Shortlist.AnyAsync(e => e.EmployerId == employer.Id && e.TalentId == talentId, cancellationToken)) return false;
        if (await db.Shortlist.Where(e => e.EmployerId == employer.Id).Take(Max).CountAsync(cancellationToken) >= Max) return JobErrors.ShortlistFull(Max);
        db.Shortlist.Add(new ShortlistEntry(employer.Id, talentId, current.Id!.Value, text, clock.UtcNow));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // two members added them at once: one entry stands
            return false;
        }
        return true;
    }

    public async Task<Result> RemoveAsync(Guid talentId, CancellationToken cancellationToken)
    {
        if (await VerifiedEmployerAsync(cancellationToken) is not { } employer) return JobErrors.EmployerNotVerified;
        await db.Shortlist.Where(e => e.EmployerId == employer.Id && e.TalentId == talentId).ExecuteDeleteAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>The employer's shortlist, latest first.</summary>
    public async Task<List<ShortlistItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (await VerifiedEmployerAsync(cancellationToken) is not { } employer) return [];
        var entries = await db.Shortlist.AsNoTracking().Where(e => e.EmployerId == employer.Id).OrderByDescending(e => e.CreatedAtUtc).Take(Max)
            .ToListAsync(cancellationToken);
        var cards = await matchable.FindableCardsAsync(entries.Select(e => e.TalentId).ToList(), cancellationToken);
        return entries.Select(e => new ShortlistItem(e, cards.GetValueOrDefault(e.TalentId))).ToList();
    }
}
