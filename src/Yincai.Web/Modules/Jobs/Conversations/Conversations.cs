using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Conversations;

/// <summary>A conversation as one side reads it: its messages, oldest first, and whether the talent blocked the employer.</summary>
public sealed record ConversationView(Conversation Conversation, bool AsTalent, IReadOnlyList<ConversationMessage> Messages, bool Blocked);

/// <summary>
/// Recruiting conversations (issue 22): a talent and the employer's members write about one job, after an application or the
/// employer's invitation to apply. The other side is told of the first unread message (not of each); a talent can block an
/// employer (no more messages or invitations) and report a conversation to the officers of the job's region.
/// </summary>
public sealed class Conversations(YincaiDb db, CurrentUser current, EmployerDirectory employers, TalentDirectory talents,
    AccountDirectory accounts, Notifier notifier, ChinaClock clock, IStringLocalizer<JobsResource> texts)
{
    /// <summary>Messages one side may send in one conversation a day: enough to arrange an interview, not to flood.</summary>
    public const int MessagesPerDay = 30;

    /// <summary>Invitations to apply an employer may send a day (all its members together).</summary>
    public const int InvitationsPerDay = 50;

    public const int ListSize = 100;
    public const int ReportedListSize = 50;
    private const int ReportedMessages = 20;
    private const int ShownMessages = 200;

    /// <summary>Midnight in Beijing today, in UTC: the daily limits count from there.</summary>
    private DateTime TodayStartUtc => ChinaClock.ToUtc(clock.Today.ToDateTime(TimeOnly.MinValue));

    private sealed record Side(Guid UserId, bool IsTalent, EmployerCard? Employer);

    private Side? _side;
    private bool _sideKnown;

    /// <summary>Who is asking, looked up once per request (the menu's count and the page both ask).</summary>
    private async Task<Side?> SideAsync(CancellationToken cancellationToken)
    {
        if (!_sideKnown) (_side, _sideKnown) = (await FindSideAsync(cancellationToken), true);
        return _side;
    }

    private async Task<Side?> FindSideAsync(CancellationToken cancellationToken)
    {
        if (current.Id is not { } me) return null;
        if (current.IsInRole(Roles.Talent)) return new Side(me, true, null);
        if (current.IsInRole(Roles.EmployerUser) && await employers.OfUserAsync(me, cancellationToken) is { } employer) return new Side(me, false, employer);
        return null;
    }

    private static IQueryable<Conversation> Mine(IQueryable<Conversation> all, Side side) =>
        side.IsTalent ? all.Where(c => c.TalentUserId == side.UserId) : all.Where(c => c.EmployerId == side.Employer!.Id);

    /// <summary>The conversation of an application of the signed-in side, opened on first use.</summary>
    public async Task<Result<Conversation>> OfApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { } side) return JobErrors.ConversationNotFound;
        var applications = db.JobApplications.AsNoTracking().Where(a => a.Id == applicationId);
        applications = side.IsTalent ? applications.Where(a => a.TalentUserId == side.UserId) : applications.Where(a => a.EmployerId == side.Employer!.Id);
        if (await applications.FirstOrDefaultAsync(cancellationToken) is not { } application) return JobErrors.ConversationNotFound;
        var existing = await db.Conversations.FirstOrDefaultAsync(c => c.JobId == application.JobId && c.TalentUserId == application.TalentUserId, cancellationToken);
        if (existing is not null)
        {
            if (existing.ApplicationId is null)
            {
                existing.Applied(application.Id);
                await db.SaveChangesAsync(cancellationToken);
            }
            return existing;
        }
        var employerName = side.Employer?.Name ?? (await employers.CardAsync(application.EmployerId, cancellationToken))?.Name ?? "";
        var conversation = new Conversation(application.JobId, application.EmployerId, employerName, application.JobTitle, application.RegionCode,
            application.TalentId, application.TalentUserId, application.TalentName, application.Id, clock.UtcNow);
        db.Conversations.Add(conversation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return conversation;
        }
        catch (DbUpdateException)
        {
            // Both sides opened it at once: the other's stands.
            db.ChangeTracker.Clear();
            return await db.Conversations.FirstAsync(c => c.JobId == application.JobId && c.TalentUserId == application.TalentUserId, cancellationToken);
        }
    }

    /// <summary>The signed-in side's conversations, latest message first.</summary>
    public async Task<List<Conversation>> ListAsync(CancellationToken cancellationToken) =>
        await SideAsync(cancellationToken) is { } side
            ? await Mine(db.Conversations.AsNoTracking(), side).OrderByDescending(c => c.LastAtUtc).Take(ListSize).ToListAsync(cancellationToken)
            : [];

    /// <summary>Conversations with something unread for the signed-in side: the menu's count.</summary>
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { } side) return 0;
        return await NavigationMenu.CappedCountAsync(side.IsTalent
            ? db.Conversations.Where(c => c.TalentUserId == side.UserId && c.TalentUnread > 0)
            : db.Conversations.Where(c => c.EmployerId == side.Employer!.Id && c.EmployerUnread > 0), cancellationToken);
    }

    /// <summary>A conversation of the signed-in side with its latest messages; reading it clears that side's unread count.</summary>
    public async Task<ConversationView?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { } side) return null;
        if (await Mine(db.Conversations, side).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } conversation) return null;
        if (conversation.ReadBy(side.IsTalent))
        {
            try { await db.SaveChangesAsync(cancellationToken); }
            catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); } // a message came meanwhile: it stays unread
        }
        var messages = await db.ConversationMessages.AsNoTracking().Where(m => m.ConversationId == id).OrderByDescending(m => m.SentAtUtc)
            .Take(ShownMessages).ToListAsync(cancellationToken);
        messages.Reverse();
        return new ConversationView(conversation, side.IsTalent, messages, await BlockedAsync(conversation.TalentUserId, conversation.EmployerId, cancellationToken));
    }

    private Task<bool> BlockedAsync(Guid talentUserId, Guid employerId, CancellationToken cancellationToken) =>
        db.EmployerBlocks.AnyAsync(b => b.TalentUserId == talentUserId && b.EmployerId == employerId, cancellationToken);

    /// <summary>Sends a message as the signed-in side; the other side is told when it is their first unread one.</summary>
    public async Task<Result<ConversationMessage>> SendAsync(Guid id, string? body, CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { } side) return JobErrors.ConversationNotFound;
        var text = body?.Trim() ?? "";
        if (text.Length == 0) return JobErrors.MessageEmpty;
        if (text.Length > ConversationMessage.MaxLength) return JobErrors.MessageTooLong(ConversationMessage.MaxLength);
        for (var attempt = 0; ; attempt++)
        {
            if (await Mine(db.Conversations, side).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } conversation)
                return JobErrors.ConversationNotFound;
            if (await BlockedAsync(conversation.TalentUserId, conversation.EmployerId, cancellationToken))
                return side.IsTalent ? JobErrors.ConversationYouBlocked : JobErrors.ConversationBlocked;
            var dayStart = TodayStartUtc;
            if (await db.ConversationMessages.Where(m => m.ConversationId == id && m.FromTalent == side.IsTalent && m.SentAtUtc >= dayStart)
                    .Take(MessagesPerDay).CountAsync(cancellationToken) >= MessagesPerDay)
                return JobErrors.MessageLimit(MessagesPerDay);
            var firstUnread = (side.IsTalent ? conversation.EmployerUnread : conversation.TalentUnread) == 0;
            var message = new ConversationMessage(conversation, side.IsTalent, side.UserId, text, clock.UtcNow);
            db.ConversationMessages.Add(message);
            conversation.Added(message);
            if (firstUnread) await TellOtherSideAsync(conversation, side.IsTalent, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return message;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                // The other side wrote or read at the same moment: count again on the fresh row.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task TellOtherSideAsync(Conversation c, bool fromTalent, CancellationToken cancellationToken)
    {
        var link = "/Jobs/Messages/View?id=" + c.Id;
        if (fromTalent)
            await notifier.NotifyAllAsync(await employers.MemberUserIdsAsync(c.EmployerId, cancellationToken), NotificationKinds.NewMessage,
                [c.TalentName, c.JobTitle], link, cancellationToken);
        else
            await notifier.NotifyAsync(c.TalentUserId, NotificationKinds.NewMessage, [c.EmployerName, c.JobTitle], link, cancellationToken);
    }

    /// <summary>The talent blocks (or unblocks) the employer of one of their conversations.</summary>
    public async Task<Result> BlockAsync(Guid id, bool block, CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { IsTalent: true } side) return JobErrors.ConversationNotFound;
        if (await Mine(db.Conversations.AsNoTracking(), side).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } conversation)
            return JobErrors.ConversationNotFound;
        var existing = await db.EmployerBlocks.FirstOrDefaultAsync(b => b.TalentUserId == side.UserId && b.EmployerId == conversation.EmployerId, cancellationToken);
        if (block && existing is null) db.EmployerBlocks.Add(new EmployerBlock(side.UserId, conversation.EmployerId, clock.UtcNow));
        else if (!block && existing is not null) db.EmployerBlocks.Remove(existing);
        else return Result.Ok();
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); } // blocked twice at once: one block stands
        return Result.Ok();
    }

    /// <summary>The talent reports a conversation (harassment, a fee asked, a fake job): the officers of the job's county, else its
    /// city, else its province are told and read it on their list.</summary>
    public async Task<Result> ReportAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { IsTalent: true } side) return JobErrors.ConversationNotFound;
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 500) return JobErrors.ReportReason;
        if (await Mine(db.Conversations, side).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } conversation)
            return JobErrors.ConversationNotFound;
        conversation.Report(text, clock.UtcNow);
        var code = conversation.RegionCode;
        foreach (var region in new[] { code, code[..4] + "00", code[..2] + "0000" }.Distinct())
        {
            var officers = await accounts.StaffOfRegionAsync(Roles.Officer, region, cancellationToken);
            if (officers.Count == 0) continue;
            await notifier.NotifyAllAsync(officers.Select(o => o.Id), NotificationKinds.MessageReported, [conversation.EmployerName, conversation.JobTitle, text],
                "/Jobs/Messages/Reported", cancellationToken);
            break;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Reported conversations in the officer's region (the database's scope filter) still waiting, or closed
    /// (<paramref name="handled"/>), newest report first, each with its latest messages.</summary>
    public async Task<List<ConversationView>> ReportedAsync(bool handled, CancellationToken cancellationToken)
    {
        // The latest messages of each conversation only, chosen by the database (a window over each conversation's rows).
        var reported = await Reported(handled).OrderByDescending(c => c.ReportedAtUtc).Take(ReportedListSize)
            .Select(c => new
            {
                Conversation = c,
                Messages = db.ConversationMessages.Where(m => m.ConversationId == c.Id).OrderByDescending(m => m.SentAtUtc).Take(ReportedMessages).ToList(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        return reported.Select(r => new ConversationView(r.Conversation, false, r.Messages.OrderBy(m => m.SentAtUtc).ToList(), false)).ToList();
    }

    private IQueryable<Conversation> Reported(bool handled) =>
        db.Conversations.AsNoTracking().Where(c => c.ReportedAtUtc != null && (c.ReportHandledAtUtc != null) == handled);

    /// <summary>Reports waiting in the officer's region: the menu's count.</summary>
    public Task<int> ReportsWaitingAsync(CancellationToken cancellationToken) => NavigationMenu.CappedCountAsync(Reported(false), cancellationToken);

    /// <summary>An officer of the job's region closes a report with what was done; the talent who reported is told.</summary>
    public async Task<Result> HandleReportAsync(Guid id, string? outcome, CancellationToken cancellationToken)
    {
        if (current.Id is not { } officer || !current.IsInRole(Roles.Officer)) return JobErrors.ConversationNotFound;
        var text = outcome?.Trim() ?? "";
        if (text.Length is 0 or > 500) return JobErrors.ReportOutcome;
        for (var attempt = 0; ; attempt++)
        {
            // The region filter keeps another region's report out of reach.
            if (await db.Conversations.FirstOrDefaultAsync(c => c.Id == id && c.ReportedAtUtc != null, cancellationToken) is not { } conversation)
                return JobErrors.ConversationNotFound;
            if (!conversation.HandleReport(officer, text, clock.UtcNow)) return JobErrors.ReportHandled;
            await notifier.NotifyAsync(conversation.TalentUserId, NotificationKinds.MessageReportHandled,
                [conversation.EmployerName, conversation.JobTitle, text], $"/Jobs/Messages/View?id={conversation.Id}", cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Result.Ok();
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                // A message came, or another officer closed it, meanwhile: look again at the fresh row.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// An employer invites a talent who agreed to be found to apply for one of its published jobs, with a note: a conversation
    /// opens with the note as its first message and the talent is told. Only a verified employer not blacklisted, never one the
    /// talent blocked, at most <see cref="InvitationsPerDay"/> a day, once per job and talent.
    /// </summary>
    public async Task<Result<Conversation>> InviteToApplyAsync(Guid talentId, Guid jobId, string? note, CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { IsTalent: false, Employer: { } employer } side) return JobErrors.NoEmployer;
        if (employer.Status != EmployerStatus.Verified) return JobErrors.EmployerNotVerified;
        if (employer.Blacklisted || await employers.IsBlacklistedAsync(employer.Id, cancellationToken)) return JobErrors.EmployerBlacklisted;
        var text = note?.Trim() ?? "";
        if (text.Length > ConversationMessage.MaxLength) return JobErrors.MessageTooLong(ConversationMessage.MaxLength);
        if (await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.EmployerId == employer.Id && j.Status == JobStatus.Published,
                cancellationToken) is not { } job) return JobErrors.InviteJob;
        if (await talents.SharedWithEmployersAsync(talentId, cancellationToken) is not { UserId: { } talentUserId } talent) return JobErrors.InviteTalent;
        if (await BlockedAsync(talentUserId, employer.Id, cancellationToken)) return JobErrors.InviteTalent;
        if (await db.Conversations.AnyAsync(c => c.JobId == jobId && c.TalentUserId == talentUserId, cancellationToken)) return JobErrors.InvitedAlready;
        var dayStart = TodayStartUtc;
        if (await db.Conversations.Where(c => c.EmployerId == employer.Id && c.InvitedToApply && c.CreatedAtUtc >= dayStart)
                .Take(InvitationsPerDay).CountAsync(cancellationToken) >= InvitationsPerDay) return JobErrors.InviteLimit(InvitationsPerDay);
        var now = clock.UtcNow;
        // The employer knows the talent by the masked name until they apply.
        var conversation = new Conversation(job.Id, employer.Id, employer.Name, job.Title, job.RegionCode, talent.Id, talentUserId, talent.MaskedName, null, now);
        conversation.MarkInvited();
        var message = new ConversationMessage(conversation, false, side.UserId, text.Length > 0 ? text : texts["Invite_DefaultNote", job.Title].Value, now);
        conversation.Added(message);
        db.Conversations.Add(conversation);
        db.ConversationMessages.Add(message);
        await notifier.NotifyAsync(talentUserId, NotificationKinds.InvitedToApply, [employer.Name, job.Title], "/Jobs/Messages/View?id=" + conversation.Id,
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return JobErrors.InvitedAlready;
        }
        return conversation;
    }

    /// <summary>The employer's published jobs to invite to, newest first.</summary>
    public async Task<List<(Guid Id, string Title)>> InvitableJobsAsync(CancellationToken cancellationToken)
    {
        if (await SideAsync(cancellationToken) is not { IsTalent: false, Employer: { } employer }) return [];
        return (await db.Jobs.AsNoTracking().Where(j => j.EmployerId == employer.Id && j.Status == JobStatus.Published)
                .OrderByDescending(j => j.CreatedAtUtc).Take(ListSize).Select(j => new { j.Id, j.Title }).ToListAsync(cancellationToken))
            .Select(j => (j.Id, j.Title)).ToList();
    }
}
