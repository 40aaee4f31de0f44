using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>Erases the name and résumé copied into a talent's job applications and what they wrote to interview invitations
/// when the talent is erased; their recruiting conversations, blocks and places on shortlists are deleted.</summary>
public sealed class ApplicantErasure(YincaiDb db, TimeProvider clock) : IErasesTalentData
{
    public async Task EraseAsync(Guid talentId, Guid? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Every region's applications: the person's data goes wherever they applied, whoever carries out the erasure.
        foreach (var application in await db.JobApplications.IgnoreQueryFilters().Where(a => a.TalentId == talentId).ToListAsync(cancellationToken))
            application.EraseApplicant(now);
        db.ConversationMessages.RemoveRange(await db.ConversationMessages.Where(m => m.TalentId == talentId).ToListAsync(cancellationToken));
        db.Conversations.RemoveRange(await db.Conversations.IgnoreQueryFilters().Where(c => c.TalentId == talentId).ToListAsync(cancellationToken));
        db.Shortlist.RemoveRange(await db.Shortlist.Where(e => e.TalentId == talentId).ToListAsync(cancellationToken));
        if (userId is not { } user) return;
        foreach (var interview in await db.Interviews.IgnoreQueryFilters().Where(i => i.TalentUserId == user && i.Reply != null).ToListAsync(cancellationToken))
            interview.EraseReply(now);
        db.EmployerBlocks.RemoveRange(await db.EmployerBlocks.Where(b => b.TalentUserId == user).ToListAsync(cancellationToken));
    }
}
