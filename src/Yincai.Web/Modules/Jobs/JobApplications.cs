using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>Talents apply; the employer moves each application on, and the talent hears of every step in the inbox.
/// A hire also changes the talent's employment status, in the same transaction.</summary>
public sealed class JobApplications(YincaiDb db, JobPostings postings, TalentDirectory talents, EmployerDirectory employers,
    Notifier notifier, SensitiveDataViews views, Webhooks webhooks, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Applies with <paramref name="resumeId"/>, which must be one of the talent's résumés when they have any;
    /// a talent without a résumé may still apply.</summary>
    public async Task<Result<JobApplication>> ApplyAsync(Guid userId, Guid jobId, Guid? resumeId, Guid? referredByStationId,
        CancellationToken cancellationToken)
    {
        if (await talents.OfUserAsync(userId, cancellationToken) is not { } talent) return JobErrors.NoProfile;
        if (await postings.Open().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken) is not { } job) return JobErrors.NotOpen;
        if (await db.JobApplications.AnyAsync(a => a.JobId == jobId && a.TalentId == talent.Id, cancellationToken)) return JobErrors.AlreadyApplied;
        ResumeContent? resume = null;
        if (resumeId is { } chosen)
        {
            resume = await talents.ResumeAsync(talent.Id, chosen, cancellationToken);
            if (resume is null) return JobErrors.ResumeRequired;
        }
        else if ((await talents.ResumesAsync(talent.Id, cancellationToken)).Count > 0)
        {
            return JobErrors.ResumeRequired;
        }

        var application = new JobApplication(job, talent.Id, userId, talent.FullName, resume, referredByStationId, Now);
        db.JobApplications.Add(application);
        // An invitation to apply for this job: its conversation now belongs to the application.
        if (await db.Conversations.FirstOrDefaultAsync(c => c.JobId == jobId && c.TalentUserId == userId && c.ApplicationId == null, cancellationToken)
            is { } invited)
            invited.Applied(application.Id);
        await notifier.NotifyAsync(userId, NotificationKinds.JobApplied, [job.Title, job.EmployerName], "/Jobs/Applications", cancellationToken);
        // The employer hears of it at once (inbox, and e-mail by their preferences); its jobs list counts the new ones.
        await notifier.NotifyAllAsync(await employers.MemberUserIdsAsync(job.EmployerId, cancellationToken), NotificationKinds.NewApplication, [job.Title],
            "/Jobs/Own/Applicants?jobId=" + job.Id, cancellationToken);
        await PublishAsync(application, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return JobErrors.AlreadyApplied; // the unique (job, talent) index: a second click at the same moment
        }
        return application;
    }

    public async Task<IReadOnlyList<JobApplication>> OfTalentUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.JobApplications.AsNoTracking().Where(a => a.TalentUserId == userId).OrderByDescending(a => a.CreatedAtUtc).ToListAsync(cancellationToken);

    public Task<bool> HasAppliedAsync(Guid userId, Guid jobId, CancellationToken cancellationToken) =>
        db.JobApplications.AnyAsync(a => a.TalentUserId == userId && a.JobId == jobId, cancellationToken);

    /// <summary>The applications no one at the user's employer has looked at yet, for the menu (capped).</summary>
    public async Task<int> NewForEmployerUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer
            ? await NavigationMenu.CappedCountAsync(db.JobApplications.Where(a => a.EmployerId == employer.Id && a.Status == ApplicationStatus.Submitted),
                cancellationToken)
            : 0;

    /// <summary>How many new applications each of the employer's jobs has: one grouped query for the list.</summary>
    public async Task<IReadOnlyDictionary<Guid, (int New, int Total)>> CountsByJobAsync(Guid userId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer
            ? await db.JobApplications.Where(a => a.EmployerId == employer.Id)
                .GroupBy(a => a.JobId)
                .Select(g => new { g.Key, New = g.Count(a => a.Status == ApplicationStatus.Submitted), Total = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => (x.New, x.Total), cancellationToken)
            : new Dictionary<Guid, (int, int)>();

    /// <summary>Which of <paramref name="jobIds"/> the user has applied for: one query for a page of jobs.</summary>
    public async Task<IReadOnlySet<Guid>> AppliedAmongAsync(Guid userId, IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken) =>
        jobIds.Count == 0 ? new HashSet<Guid>()
            : (await db.JobApplications.AsNoTracking().Where(a => a.TalentUserId == userId && jobIds.Contains(a.JobId))
                .Select(a => a.JobId).ToListAsync(cancellationToken)).ToHashSet();

    public async Task<IReadOnlyList<JobApplication>> OfEmployerJobAsync(Guid userId, Guid jobId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer ? await OfJobAsync(employer.Id, jobId, cancellationToken) : [];

    /// <summary>The applications for one of the employer's jobs, first come first.</summary>
    public async Task<IReadOnlyList<JobApplication>> OfJobAsync(Guid employerId, Guid jobId, CancellationToken cancellationToken) =>
        await db.JobApplications.AsNoTracking().Where(a => a.JobId == jobId && a.EmployerId == employerId)
            .OrderBy(a => a.CreatedAtUtc).ToListAsync(cancellationToken);

    public async Task<Result<JobApplication>> MoveAsync(Guid employerUserId, Guid applicationId, ApplicationStatus status, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(employerUserId, cancellationToken) is not { } employer) return JobErrors.NoEmployer;
        if (await db.JobApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.EmployerId == employer.Id, cancellationToken) is not { } application)
            return JobErrors.ApplicationStep;
        var moved = application.MoveTo(status, Now);
        if (moved.IsError) return moved.Error!;
        if (status == ApplicationStatus.Hired)
            await talents.RecordHiredAsync(application.TalentId, employer.Name, Now, cancellationToken);
        await notifier.NotifyAsync(application.TalentUserId, MovedKind(status), [application.JobTitle, employer.Name], "/Jobs/Applications", cancellationToken);
        await PublishAsync(application, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>The employer's subscriptions hear of each step in the save that makes it: ids and the step, no name (its system reads
    /// the applicant through the API with its key).</summary>
    private Task PublishAsync(JobApplication application, CancellationToken cancellationToken) =>
        webhooks.PublishAsync(Accounts.Contracts.OrganisationKinds.Employer, application.EmployerId.ToString(), WebhookEvents.ApplicationChanged,
            new { applicationId = application.Id, jobId = application.JobId, status = application.Status.ToString(), atUtc = Now }, cancellationToken);

    /// <summary>What the talent is told of a step: the step is in the wording, one kind each.</summary>
    private static NotificationKind MovedKind(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Viewed => NotificationKinds.ApplicationViewed,
        ApplicationStatus.Interview => NotificationKinds.ApplicationInterview,
        ApplicationStatus.Offer => NotificationKinds.ApplicationOffer,
        ApplicationStatus.Hired => NotificationKinds.ApplicationHired,
        ApplicationStatus.Rejected => NotificationKinds.ApplicationRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "An application does not move back to submitted."),
    };

    /// <summary>
    /// The PDF of the résumé sent with an application, for the employer that owns the job; null (a 404 for the page) for
    /// anyone else, or when the résumé has no PDF any more. The download is written to the audit trail as a view of
    /// personal data before the file is returned.
    /// </summary>
    public async Task<ResumeContent?> ResumePdfAsync(Guid employerUserId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(employerUserId, cancellationToken) is not { } employer) return null;
        var application = await db.JobApplications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == applicationId && a.EmployerId == employer.Id, cancellationToken);
        if (application?.ResumeId is not { } resumeId) return null;
        if (await talents.ResumeAsync(application.TalentId, resumeId, cancellationToken) is not { Pdf: not null } resume) return null;
        await views.RecordAsync(nameof(JobApplication), application.Id.ToString(), ["ResumePdf"], "application", application.RegionCode,
            cancellationToken);
        return resume;
    }

    /// <summary>
    /// Talent allocations (人才资源配置): hires counted for the job's region, and of those the ones a station referred
    /// (they count for that station too), within the caller's scope; one calendar year or all time.
    /// </summary>
    public async Task<IReadOnlyList<AllocationCount>> AllocationsAsync(int? year, CancellationToken cancellationToken)
    {
        var hires = db.JobApplications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Hired);
        if (year is { } y)
        {
            var (from, to) = (ChinaClock.StartOfYearUtc(y), ChinaClock.StartOfYearUtc(y + 1));
            hires = hires.Where(a => a.HiredAtUtc >= from && a.HiredAtUtc < to);
        }
        return await hires.GroupBy(a => a.RegionCode).OrderBy(g => g.Key)
            .Select(g => new AllocationCount(g.Key, g.Count(), g.Count(a => a.ReferredByStationId != null)))
            .ToListAsync(cancellationToken);
    }
}
