using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// What the index holds, read from the database: published jobs, project demands and talents' projects that are still
/// valid, and talents who agreed to share their profile with employers (and were not erased). The same queries
/// serve the build at start and the reload of changed records, so both agree on what belongs.
/// </summary>
public static class MatchSource
{
    public static IQueryable<JobRow> Jobs(YincaiDb db, DateOnly today) =>
        db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Published && j.ValidUntil >= today)
            .Select(j => new JobRow(j.Id, j.RegionCode, j.IndustryCode, j.Type, j.MinDegree, j.MajorCodes, j.MinExperienceYears,
                j.SalaryMinYuan, j.SalaryMaxYuan, j.Title, j.Tags, j.Description.Substring(0, 200)));

    /// <summary>Any job, whatever its state: the employer of a draft may look for talents before publishing.</summary>
    public static IQueryable<JobRow> AnyJob(YincaiDb db) =>
        db.Jobs.AsNoTracking()
            .Select(j => new JobRow(j.Id, j.RegionCode, j.IndustryCode, j.Type, j.MinDegree, j.MajorCodes, j.MinExperienceYears,
                j.SalaryMinYuan, j.SalaryMaxYuan, j.Title, j.Tags, j.Description.Substring(0, 200)));

    public static IQueryable<TalentRow> Talents(YincaiDb db) =>
        AnyTalent(db.Talents.AsNoTracking().Where(t => t.SharesWithEmployers && !t.IsErased));

    /// <summary>Any talent (a talent looking at their own matches need not have agreed to be found).</summary>
    public static IQueryable<TalentRow> AnyTalent(IQueryable<Talents.Talent> talents) =>
        talents.Select(t => new TalentRow(t.Id, t.RegionCode, t.NativePlaceCode, t.IntendedRegionCodes, t.IntendedIndustryCodes,
            t.IntendedJobTypes, t.HighestDegree, t.MajorCode, t.MajorName, t.GraduationYear, t.SalaryMinYuan, t.Skills));

    public static IQueryable<ProjectRow> Demands(YincaiDb db, DateOnly today) =>
        AnyDemand(db.ProjectDemands.AsNoTracking().Where(d => d.Status == JobStatus.Published && d.ValidUntil >= today));

    public static IQueryable<ProjectRow> AnyDemand(IQueryable<Jobs.ProjectDemand> demands) =>
        demands.Select(d => new ProjectRow(d.Id, d.RegionCode, d.IndustryCode, d.Title, d.Description.Substring(0, 200), null, d.BudgetMaxWan));

    public static IQueryable<ProjectRow> Projects(YincaiDb db, DateOnly today) =>
        AnyProject(db.TalentProjects.AsNoTracking().Where(p => p.Status == JobStatus.Published && p.ValidUntil >= today));

    public static IQueryable<ProjectRow> AnyProject(IQueryable<Jobs.TalentProject> projects) =>
        projects.Select(p => new ProjectRow(p.Id, p.RegionCode, p.IndustryCode, p.Title, p.Summary.Substring(0, 200), p.FundingSoughtWan, null));
}
