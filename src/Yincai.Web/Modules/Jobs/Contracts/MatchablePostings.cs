using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>The columns of a job that matching reads.</summary>
public sealed record JobRow(Guid Id, string RegionCode, string IndustryCode, JobType Type, DegreeLevel MinDegree,
    List<string> MajorCodes, int MinExperienceYears, int SalaryMinYuan, int SalaryMaxYuan, string Title, List<string> Tags,
    string Description, string? OccupationCode = null);

/// <summary>A project demand or a talent's project, as matching reads it.</summary>
public sealed record ProjectRow(Guid Id, string RegionCode, string IndustryCode, string Title, string Text, int? MoneySought,
    int? MoneyOffered);

/// <summary>What a matched job shows.</summary>
public sealed record JobCardForMatch(Guid Id, string Title, string EmployerName, string RegionCode, JobType Type, int SalaryMinYuan,
    int SalaryMaxYuan, List<string> Tags);

/// <summary>What a matched demand (owner: the employer) or talent's project (owner: the masked name) shows.</summary>
public sealed record PostingCardForMatch(Guid Id, string Title, string Owner, string RegionCode, string Text);

/// <summary>A job as an officer's recommendation needs it.</summary>
public sealed record JobForRecommendation(Guid Id, Guid EmployerId, string Title, string EmployerName, string RegionCode);

/// <summary>
/// Jobs, project demands and talents' projects as the Matching module reads them. "Published" means what the public
/// lists show (<see cref="PostingQueries.OpenOn"/>). Queries go through YincaiDb, so an officer's region
/// scope applies. Filters come before the projection to rows (the database cannot filter on a constructor call).
/// </summary>
public sealed class MatchablePostings(YincaiDb db)
{
    /// <summary>The change-feed kinds of the three records (<see cref="ChangeFeedEntry.Kind"/>).</summary>
    public const string JobKind = nameof(Job), DemandKind = nameof(ProjectDemand), ProjectKind = nameof(TalentProject);

    public IAsyncEnumerable<JobRow> PublishedJobs(DateOnly today) => Rows(PublishedJobsQuery(today)).AsAsyncEnumerable();

    public Task<Dictionary<Guid, JobRow>> PublishedJobsAsync(DateOnly today, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Rows(PublishedJobsQuery(today).Where(j => ids.Contains(j.Id))).ToDictionaryAsync(j => j.Id, cancellationToken);

    public Task<List<ProjectRow>> PublishedDemandsAsync(DateOnly today, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken) =>
        Rows(PublishedDemandsQuery(today).Where(d => ids == null || ids.Contains(d.Id))).ToListAsync(cancellationToken);

    public Task<List<ProjectRow>> PublishedProjectsAsync(DateOnly today, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken) =>
        Rows(PublishedProjectsQuery(today).Where(p => ids == null || ids.Contains(p.Id))).ToListAsync(cancellationToken);

    /// <summary>The ids of jobs published in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) and still open: a week's new jobs.</summary>
    public Task<List<Guid>> PublishedBetweenAsync(DateOnly today, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        PublishedJobsQuery(today).Where(j => j.PublishedAtUtc >= fromUtc && j.PublishedAtUtc < toUtc).Select(j => j.Id).ToListAsync(cancellationToken);

    /// <summary>A job whatever its state (an employer may look for talents before publishing), in the caller's scope.</summary>
    public Task<JobRow?> JobAsync(Guid id, CancellationToken cancellationToken) =>
        Rows(db.Jobs.AsNoTracking().Where(j => j.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The job if it lies in the caller's region scope; an attempt outside it is audited as denied.</summary>
    public async Task<JobForRecommendation?> InScopeAsync(Guid id, CancellationToken cancellationToken) =>
        await db.FindInScopeAsync<Job>(id, cancellationToken, tracked: false) is { } j
            ? new JobForRecommendation(j.Id, j.EmployerId, j.Title, j.EmployerName, j.RegionCode)
            : null;

    /// <summary>The jobs each of these talents has applied for (hired or not): recommendations leave them out. Whatever the caller's
    /// scope, as only ids are read to be left out.</summary>
    public async Task<Dictionary<Guid, HashSet<Guid>>> AppliedByTalentAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken) =>
        talentIds.Count == 0 ? [] : (await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .Where(a => talentIds.Contains(a.TalentId)).Select(a => new { a.TalentId, a.JobId }).ToListAsync(cancellationToken))
            .GroupBy(a => a.TalentId).ToDictionary(g => g.Key, g => g.Select(a => a.JobId).ToHashSet());

    public Task<bool> IsEmployersJobAsync(Guid jobId, Guid employerId, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().AnyAsync(j => j.Id == jobId && j.EmployerId == employerId, cancellationToken);

    /// <summary>A talent's project, for its owner (<paramref name="ownerTalentId"/>) or, when null, anyone in scope.</summary>
    public Task<ProjectRow?> ProjectAsync(Guid id, Guid? ownerTalentId, bool anyOwner, CancellationToken cancellationToken) =>
        Rows(db.TalentProjects.AsNoTracking().Where(p => p.Id == id && (anyOwner || p.TalentId == ownerTalentId))).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A project demand, for its employer or, with <paramref name="anyOwner"/>, anyone in scope.</summary>
    public Task<ProjectRow?> DemandAsync(Guid id, Guid? employerId, bool anyOwner, CancellationToken cancellationToken) =>
        Rows(db.ProjectDemands.AsNoTracking().Where(d => d.Id == id && (anyOwner || d.EmployerId == employerId))).FirstOrDefaultAsync(cancellationToken);

    public Task<Dictionary<Guid, JobCardForMatch>> PublishedJobCardsAsync(DateOnly today, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        PublishedJobsQuery(today).Where(j => ids.Contains(j.Id))
            .Select(j => new JobCardForMatch(j.Id, j.Title, j.EmployerName, j.RegionCode, j.Type, j.SalaryMinYuan, j.SalaryMaxYuan, j.Tags))
            .ToDictionaryAsync(j => j.Id, cancellationToken);

    public Task<Dictionary<Guid, PostingCardForMatch>> PublishedDemandCardsAsync(DateOnly today, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken) =>
        PublishedDemandsQuery(today).Where(d => ids.Contains(d.Id))
            .Select(d => new PostingCardForMatch(d.Id, d.Title, d.EmployerName, d.RegionCode, d.Description))
            .ToDictionaryAsync(d => d.Id, cancellationToken);

    /// <summary>The published projects of these talents, each with its owner.</summary>
    public Task<Dictionary<Guid, Guid>> PublishedProjectOwnersAsync(DateOnly today, IReadOnlyCollection<Guid> talentIds,
        CancellationToken cancellationToken) =>
        PublishedProjectsQuery(today).Where(p => talentIds.Contains(p.TalentId)).ToDictionaryAsync(p => p.Id, p => p.TalentId, cancellationToken);

    public Task<Dictionary<Guid, PostingCardForMatch>> PublishedProjectCardsAsync(DateOnly today, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken) =>
        PublishedProjectsQuery(today).Where(p => ids.Contains(p.Id))
            .Select(p => new PostingCardForMatch(p.Id, p.Title, p.OwnerMaskedName, p.RegionCode, p.Summary))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

    private IQueryable<Job> PublishedJobsQuery(DateOnly today) =>
        db.Jobs.AsNoTracking().OpenOn(today);

    private IQueryable<ProjectDemand> PublishedDemandsQuery(DateOnly today) =>
        db.ProjectDemands.AsNoTracking().OpenOn(today);

    private IQueryable<TalentProject> PublishedProjectsQuery(DateOnly today) =>
        db.TalentProjects.AsNoTracking().OpenOn(today);

    private static IQueryable<JobRow> Rows(IQueryable<Job> jobs) =>
        jobs.Select(j => new JobRow(j.Id, j.RegionCode, j.IndustryCode, j.Type, j.MinDegree, j.MajorCodes, j.MinExperienceYears,
            j.SalaryMinYuan, j.SalaryMaxYuan, j.Title, j.Tags, j.Description.Substring(0, 200), j.OccupationCode));

    private static IQueryable<ProjectRow> Rows(IQueryable<ProjectDemand> demands) =>
        demands.Select(d => new ProjectRow(d.Id, d.RegionCode, d.IndustryCode, d.Title, d.Description.Substring(0, 200), null, d.BudgetMaxWan));

    private static IQueryable<ProjectRow> Rows(IQueryable<TalentProject> projects) =>
        projects.Select(p => new ProjectRow(p.Id, p.RegionCode, p.IndustryCode, p.Title, p.Summary.Substring(0, 200), p.FundingSoughtWan, null));
}
