using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>An employer user's jobs: drafts, submission for review. Officers' decisions are on <see cref="Job"/>.</summary>
public sealed class JobPostings(YincaiDb db, EmployerDirectory employers, RegionDirectory regions, OccupationCatalog occupations,
    MajorCatalog majors, ChinaClock clock, Search.JobKeywordIndex keywordIndex)
{
    public const int MaxMajors = 10;
    public const int MaxTags = 8;
    public const int MaxTagLength = 10;

    private DateOnly Today => clock.Today;

    /// <summary>Whether <see cref="JobSearch.Matching"/> may use the bigram index of <see cref="Job.SearchBigrams"/>
    /// (<see cref="YincaiDb.HasBigramIndexes"/>).</summary>
    public bool HasBigramIndex => db.HasBigramIndexes;

    public async Task<Result<Job>> SaveAsync(Guid userId, Guid? jobId, JobForm form, bool submit, CancellationToken cancellationToken) =>
        await SaveAsync(await employers.OfUserAsync(userId, cancellationToken), jobId, form, submit, cancellationToken);

    /// <summary>Saves (and with <paramref name="submit"/> sends for review) a job of <paramref name="employer"/>: a member's, or its API key's.</summary>
    public async Task<Result<Job>> SaveAsync(EmployerCard? employer, Guid? jobId, JobForm form, bool submit, CancellationToken cancellationToken)
    {
        if (employer is null) return JobErrors.NoEmployer;
        if (employer.Blacklisted) return JobErrors.EmployerBlacklisted;
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

    public async Task<IReadOnlyList<Job>> OfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer ? await OfEmployerAsync(employer.Id, cancellationToken) : [];

    public async Task<IReadOnlyList<Job>> OfEmployerAsync(Guid employerId, CancellationToken cancellationToken) =>
        await db.Jobs.AsNoTracking().Where(j => j.EmployerId == employerId).OrderByDescending(j => j.CreatedAtUtc).ToListAsync(cancellationToken);

    public async Task<Job?> OwnAsync(Guid userId, Guid jobId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer
            ? await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.EmployerId == employer.Id, cancellationToken)
            : null;

    /// <summary>Published and not past their date: what the public may see.</summary>
    public IQueryable<Job> Open() =>
        db.Jobs.AsNoTracking().OpenOn(Today);

    /// <summary>
    /// A page of the public job search (and of 找岗位): open jobs holding every term (<see cref="JobSearch"/>) that pass
    /// <paramref name="filter"/>, in its order, counted to 1,000 without keywords and to <see cref="SixFinds.CountCap"/> with.
    /// Keywords are looked up in this copy's <see cref="Search.JobKeywordIndex"/> once it is ready, then the page's jobs are
    /// read by id; before that, and without keywords (the order's index serves those), the database answers alone.
    /// </summary>
    public async Task<PagedList<JobItem>> SearchAsync(SearchTerms terms, Search.JobListFilter filter, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var cap = CountCapOf(terms);
        page = Math.Max(page, 1);
        if (!terms.IsEmpty && keywordIndex.Search(terms, filter, Today, Math.Min(page * pageSize, cap), cap) is { } hits)
        {
            var total = Math.Min(hits.Counted, cap);
            page = Math.Min(page, Math.Max(1, (total + pageSize - 1) / pageSize));
            var ids = hits.Ids.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            // Still open now (the index may lag a save on another copy by a poll): a job closed meanwhile is left out.
            var jobs = await Open().Where(j => ids.Contains(j.Id)).Select(JobItem.Projection).ToDictionaryAsync(j => j.Id, cancellationToken);
            return new PagedList<JobItem>(ids.Where(jobs.ContainsKey).Select(id => jobs[id]).ToList(), page, pageSize, total, hits.Counted > cap);
        }
        return await DatabaseSearchAsync(terms, filter, page, pageSize, cancellationToken);
    }

    // Counting stops here ("1,000+"): a million open jobs are never walked for a figure. A keyword search stops sooner, as each
    // row the database walks is checked against the keyword (the index counts the same way, so the two agree).
    private static int CountCapOf(SearchTerms terms) => terms.IsEmpty ? PagedListExtensions.DefaultCountCap : SixFinds.CountCap;

    /// <summary><see cref="SearchAsync"/> answered by the database alone (pg_trgm and the bigram column on PostgreSQL, LIKE on SQLite).</summary>
    public async Task<PagedList<JobItem>> DatabaseSearchAsync(SearchTerms terms, Search.JobListFilter filter, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var cap = CountCapOf(terms);
        var query = Open().Matching(terms, majors, HasBigramIndex);
        if (filter.Type is { } type) query = query.Where(j => j.Type == type);
        if (filter.RegionPrefix is { Length: > 0 } prefix) query = query.Where(j => j.RegionCode.StartsWith(prefix));
        if (filter.IndustryCode is { Length: > 0 } industry) query = query.Where(j => j.IndustryCode == industry);
        if (filter.Degree is { } degree) query = query.Where(j => j.MinDegree <= degree);
        if (filter.MinSalary is { } min) query = query.Where(j => j.SalaryMaxYuan >= min);
        if (filter.OccupationCode is { Length: > 0 } occupation) query = query.Where(j => j.OccupationCode!.StartsWith(occupation));
        if (filter.MaxExperience is { } years) query = query.Where(j => j.MinExperienceYears <= years);
        Func<IQueryable<Job>, IQueryable<JobItem>> order = filter.Sort == JobSort.Pay
            ? q => q.OrderByDescending(j => j.SalaryMaxYuan).ThenByDescending(j => j.SalaryMinYuan).ThenByDescending(j => j.PublishedAtUtc).ThenByDescending(j => j.Id)
                .Select(JobItem.Projection)
            : q => q.OrderByDescending(j => j.PublishedAtUtc).ThenByDescending(j => j.Id).Select(JobItem.Projection);
        // Both orders have an index (JobConfiguration): count by walking it too.
        return await query.ToCappedPagedListAsync(order, page, pageSize, cap, cancellationToken, countInOrder: true);
    }

    /// <summary>An officer approves: only jobs of a verified employer are published (issue 3, Employers).</summary>
    public async Task<Result> ApproveAsync(Job job, Guid officerId, CancellationToken cancellationToken)
    {
        if (await employers.IsBlacklistedAsync(job.EmployerId, cancellationToken)) return JobErrors.EmployerBlacklisted;
        if (!await employers.IsVerifiedAsync(job.EmployerId, cancellationToken)) return JobErrors.EmployerNotVerified;
        return job.Approve(officerId, clock.UtcNow);
    }
}
