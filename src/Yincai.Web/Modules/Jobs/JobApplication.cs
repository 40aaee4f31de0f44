using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// A talent's application for a job: submitted → viewed → interview → offer → hired, or rejected on the way.
/// A hire is a talent allocation (人才资源配置) of the job's region, and of the referring station when there is one.
/// The chosen résumé's title and text are copied in, so the employer keeps what was sent whatever the talent edits later.
/// </summary>
public sealed class JobApplication : IRegionScoped
{
    private JobApplication() { }

    public JobApplication(Job job, Guid talentId, Guid talentUserId, string talentName, ResumeContent? resume, Guid? referredByStationId,
        DateTime nowUtc)
    {
        Id = Ids.New();
        (JobId, EmployerId, RegionCode, JobTitle) = (job.Id, job.EmployerId, job.RegionCode, job.Title);
        (TalentId, TalentUserId, TalentName, ReferredByStationId) = (talentId, talentUserId, talentName, referredByStationId);
        (ResumeId, ResumeTitle, ResumeText) = (resume?.Id, resume?.Title, resume?.Text);
        Status = ApplicationStatus.Submitted;
        (CreatedAtUtc, UpdatedAtUtc) = (nowUtc, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid JobId { get; private set; }
    public Guid EmployerId { get; private set; }
    public string JobTitle { get; private set; } = "";

    /// <summary>The job's region: the allocation counts there.</summary>
    public string RegionCode { get; private set; } = "";

    public Guid TalentId { get; private set; }
    public Guid TalentUserId { get; private set; }
    public string TalentName { get; private set; } = "";
    public Guid? ReferredByStationId { get; private set; }

    /// <summary>The résumé sent; its PDF, if any, is fetched from the talent's résumé when the employer downloads it.</summary>
    public Guid? ResumeId { get; private set; }
    public string? ResumeTitle { get; private set; }
    public string? ResumeText { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTime? HiredAtUtc { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Next = new()
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.Viewed, ApplicationStatus.Interview, ApplicationStatus.Rejected],
        [ApplicationStatus.Viewed] = [ApplicationStatus.Interview, ApplicationStatus.Rejected],
        [ApplicationStatus.Interview] = [ApplicationStatus.Offer, ApplicationStatus.Rejected],
        [ApplicationStatus.Offer] = [ApplicationStatus.Hired, ApplicationStatus.Rejected],
        [ApplicationStatus.Hired] = [],
        [ApplicationStatus.Rejected] = [],
    };

    public IReadOnlyList<ApplicationStatus> AllowedNext => Next[Status];

    /// <summary>The talent's personal data was erased: the application still counts (status, hire), without the name
    /// and the résumé that were sent.</summary>
    public void EraseApplicant(DateTime nowUtc)
    {
        (TalentName, ResumeId, ResumeTitle, ResumeText, UpdatedAtUtc) = ("", null, null, null, nowUtc);
        Version++;
    }

    /// <summary>A station referred the talent to this job after they had applied: the hire that follows is the station's
    /// allocation. The first station to refer keeps it.</summary>
    public bool ReferBy(Guid stationId)
    {
        if (ReferredByStationId is not null) return false;
        ReferredByStationId = stationId;
        Version++;
        return true;
    }

    public Result MoveTo(ApplicationStatus status, DateTime nowUtc)
    {
        if (!Next[Status].Contains(status)) return JobErrors.ApplicationStep;
        (Status, UpdatedAtUtc) = (status, nowUtc);
        if (status == ApplicationStatus.Hired) HiredAtUtc = nowUtc;
        Version++;
        return Result.Ok();
    }
}
