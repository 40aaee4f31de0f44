using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>An employer user's jobs: drafts, submission for review. Officers' decisions are on <see cref="Job"/>.</summary>
public sealed class JobPostings(YincaiDb db, EmployerDirectory employers, RegionDirectory regions, OccupationCatalog occupations,
    MajorCatalog majors, ChinaClock clock)
{
    public const int MaxMajors = 10;
    public const int MaxTags = 8;
    public const int MaxTagLength = 10;

    private DateOnly Today => clock.Today;

    /// <summary>Whether <see cref="JobSearch.Matching"/> may use the bigram index of <see cref="Job.SearchBigrams"/>
    /// (<see cref="YincaiDb.HasBigramIndexes"/>).</summary>
    public bool HasBigramIndex => db.HasBigramIndexes;

    public async Task<Result<Job>> SaveAsync(Guid userId, Guid? jobId, JobForm form, bool submit, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return JobErrors.NoEmployer;
        if (form.SalaryMaxYuan < form.SalaryMinYuan) return JobErrors.SalaryRange;
        if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken))
            return JobErrors.UnknownRegion;
        var occupation = string.IsNullOrWhiteSpace(form.OccupationCode) ? null : occupations.Find(form.OccupationCode.Trim());
        if (occupation is { IsMajorGroup: true } || (occupation is null && !string.IsNullOrWhiteSpace(form.OccupationCode)))
            return JobErrors.UnknownOccupation;
        var majorCodes = new List<string>();
        foreach (var entry in ListInput.Split(form.Majors))
        {
            if ((majors.Find(entry) ?? majors.FindByName(entry)) is not { } major) return JobErrors.UnknownMajor(entry);
            if (!majorCodes.Contains(major.Code)) majorCodes.Add(major.Code);
        }
        if (majorCodes.Count > MaxMajors) return JobErrors.TooManyMajors;
        var tags = ListInput.Split(form.Tags);
        if (tags.Count > MaxTags || tags.Any(t => t.Length > MaxTagLength)) return JobErrors.Tags;

        var details = new JobDetails(employer.Name, form.Type, form.Title.Trim(), form.Description.Trim(), form.RegionCode!,
            employer.IndustryCode, form.Headcount, form.MinDegree, form.SalaryMinYuan, form.SalaryMaxYuan, form.ValidUntil!.Value,
            occupation?.Code, majorCodes, form.MinExperienceYears, tags);

        Job job;
        if (jobId is { } id)
        {
            if (await db.Jobs.FirstOrDefaultAsync(j => j.Id == id && j.EmployerId == employer.Id, cancellationToken) is not { } existing)
                return JobErrors.NotDraft;
            var edited = existing.Edit(details);
            if (edited.IsError) return edited.Error!;
            job = existing;
        }
        else
        {
            job = new Job(employer.Id, details, clock.UtcNow);
            db.Jobs.Add(job);
        }
        if (submit)
        {
            var submitted = job.Submit(Today);
            if (submitted.IsError) return submitted.Error!;
        }
        await db.SaveChangesAsync(cancellationToken);
        return job;
    }

    public async Task<IReadOnlyList<Job>> OfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return [];
        return await db.Jobs.AsNoTracking().Where(j => j.EmployerId == employer.Id).OrderByDescending(j => j.CreatedAtUtc).ToListAsync(cancellationToken);
    }

    public async Task<Job?> OwnAsync(Guid userId, Guid jobId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer
            ? await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.EmployerId == employer.Id, cancellationToken)
            : null;

    /// <summary>Published and not past their date: what the public may see.</summary>
    public IQueryable<Job> Open() =>
        db.Jobs.AsNoTracking().OpenOn(Today);

    /// <summary>An officer approves: only jobs of a verified employer are published (issue 3, Employers).</summary>
    public async Task<Result> ApproveAsync(Job job, Guid officerId, CancellationToken cancellationToken)
    {
        if (!await employers.IsVerifiedAsync(job.EmployerId, cancellationToken)) return JobErrors.EmployerNotVerified;
        return job.Approve(officerId, clock.UtcNow);
    }
}
