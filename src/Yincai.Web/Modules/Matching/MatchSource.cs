using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// What the index holds, read from the database: published jobs, project demands and talents' projects that are still
/// valid, and talents who agreed to share their profile with employers (and were not erased). The same queries
/// serve the build at start and the reload of changed records, so both agree on what belongs. Filter before
/// projecting to rows: a row is a constructor call, which the database cannot filter on.
/// </summary>
public static class MatchSource
{
    public static IQueryable<Job> PublishedJobs(YincaiDb db, DateOnly today) =>
        db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Published && j.ValidUntil >= today);

    public static IQueryable<Talent> FindableTalents(YincaiDb db) =>
        db.Talents.AsNoTracking().Where(t => t.SharesWithEmployers && !t.IsErased);

    public static IQueryable<ProjectDemand> PublishedDemands(YincaiDb db, DateOnly today) =>
        db.ProjectDemands.AsNoTracking().Where(d => d.Status == JobStatus.Published && d.ValidUntil >= today);

    public static IQueryable<TalentProject> PublishedProjects(YincaiDb db, DateOnly today) =>
        db.TalentProjects.AsNoTracking().Where(p => p.Status == JobStatus.Published && p.ValidUntil >= today);

    public static IQueryable<JobRow> Rows(this IQueryable<Job> jobs) =>
        jobs.Select(j => new JobRow(j.Id, j.RegionCode, j.IndustryCode, j.Type, j.MinDegree, j.MajorCodes, j.MinExperienceYears,
            j.SalaryMinYuan, j.SalaryMaxYuan, j.Title, j.Tags, j.Description.Substring(0, 200)));

    public static IQueryable<TalentRow> Rows(this IQueryable<Talent> talents) =>
        talents.Select(t => new TalentRow(t.Id, t.RegionCode, t.NativePlaceCode, t.IntendedRegionCodes, t.IntendedIndustryCodes,
            t.IntendedJobTypes, t.HighestDegree, t.MajorCode, t.MajorName, t.GraduationYear, t.SalaryMinYuan, t.Skills));

    public static IQueryable<ProjectRow> Rows(this IQueryable<ProjectDemand> demands) =>
        demands.Select(d => new ProjectRow(d.Id, d.RegionCode, d.IndustryCode, d.Title, d.Description.Substring(0, 200), null, d.BudgetMaxWan));

    public static IQueryable<ProjectRow> Rows(this IQueryable<TalentProject> projects) =>
        projects.Select(p => new ProjectRow(p.Id, p.RegionCode, p.IndustryCode, p.Title, p.Summary.Substring(0, 200), p.FundingSoughtWan, null));
}
