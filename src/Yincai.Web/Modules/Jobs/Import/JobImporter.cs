using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Jobs.Import;

/// <summary>
/// Imports jobs of verified employers in the officer's scope. A job is known by its employer's credit code, its
/// title and its region; the importing officer is its reviewer, so a new or changed job is published at once.
/// </summary>
public sealed class JobImporter(YincaiDb db, EmployerDirectory employers, RegionDirectory regions, IndustryCatalog industries,
    IStringLocalizer<JobsResource> text) : IRowImporter
{
    private const int CreditCode = 0, Title = 1, Type = 2, Region = 3, Industry = 4, Headcount = 5, MinDegree = 6, SalaryMin = 7,
        SalaryMax = 8, ValidUntil = 9, Description = 10;

    private static readonly Dictionary<string, JobType> Types = new()
    {
        ["全职"] = JobType.FullTime, ["见习"] = JobType.Internship, ["就业见习"] = JobType.Internship, ["零工"] = JobType.PartTime,
        ["兼职"] = JobType.PartTime, ["零工/兼职"] = JobType.PartTime, ["科研助理"] = JobType.ResearchAssistant,
    };

    private static readonly Dictionary<string, DegreeLevel> Degrees = new()
    {
        ["不限"] = DegreeLevel.None, ["专科"] = DegreeLevel.Vocational, ["大专"] = DegreeLevel.Vocational, ["本科"] = DegreeLevel.Bachelor,
        ["硕士"] = DegreeLevel.Master, ["博士"] = DegreeLevel.Doctorate,
    };

    private RegionLookup? _regions;

    public ImportKind Kind => ImportKind.Jobs;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("单位统一社会信用代码", true, text["Import_Help_CreditCode"], "91350100M000100Y43", AsText: true),
        new("岗位名称", true, text["Import_Help_Title"], "软件开发工程师"),
        new("岗位类型（全职/见习/零工/科研助理）", true, text["Import_Help_Type"], "全职"),
        new("工作地区代码", true, text["Import_Help_Region"], "370202"),
        new("行业代码", false, text["Import_Help_Industry"], "65"),
        new("招聘人数", true, text["Import_Help_Headcount"], "3"),
        new("最低学历", true, text["Import_Help_MinDegree"], "本科"),
        new("薪资下限（元/月）", true, text["Import_Help_SalaryMin"], "6000"),
        new("薪资上限（元/月）", true, text["Import_Help_SalaryMax"], "9000"),
        new("有效期至", true, text["Import_Help_ValidUntil"], "2026-12-31"),
        new("岗位描述", true, text["Import_Help_Description"], "负责后台系统开发，熟悉 C# 或 Java，有团队合作精神。"),
    ];

    public async Task<ImportBatchOutcome> ProcessAsync(ImportPass pass, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var known = _regions ??= await regions.LookupAsync(cancellationToken);
        var lines = rows.Select(row => (Row: row, Line: Read(pass, row, known))).Where(l => l.Line is not null).Select(l => (l.Row, Line: l.Line!)).ToList();

        // The region filter leaves out employers of other regions: they read as unknown here.
        var byCode = await employers.InScopeByCreditCodeAsync(lines.Select(l => l.Line.CreditCode).Distinct().ToList(), cancellationToken);
        var valid = new List<(JobLine Line, EmployerCard Employer)>();
        foreach (var (row, line) in lines)
        {
            if (!byCode.TryGetValue(line.CreditCode, out var employer)) row.Fail(CreditCode, text["Import_UnknownEmployer", row.Header(CreditCode)]);
            else if (employer.Status != EmployerStatus.Verified) row.Fail(CreditCode, text["Import_EmployerNotVerified", row.Header(CreditCode)]);
            else if (employer.Blacklisted) row.Fail(CreditCode, text["Import_EmployerBlacklisted", row.Header(CreditCode)]);
            else valid.Add((line, employer));
        }
        var errors = rows.SelectMany(r => r.Errors).ToList();
        if (!pass.Write) return new ImportBatchOutcome(errors);

        var employerIds = valid.Select(v => v.Employer.Id).Distinct().ToList();
        // The jobs grow with every batch, in this transaction: planned for their number now (CustomPlans).
        var open = await db.Database.PlannedForTablesAsTheyAreAsync(() => db.Jobs.Where(j => employerIds.Contains(j.EmployerId) && j.Status != JobStatus.Closed)
            .OrderByDescending(j => j.CreatedAtUtc).ToListAsync(cancellationToken), cancellationToken);
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var (line, employer) in valid)
        {
            var details = new JobDetails(employer.Name, line.Type, line.Title, line.Description, line.RegionCode,
                line.IndustryCode ?? employer.IndustryCode, line.Headcount, line.MinDegree, line.SalaryMin, line.SalaryMax, line.ValidUntil);
            var job = open.FirstOrDefault(j => j.EmployerId == employer.Id && j.Title == line.Title && j.RegionCode == line.RegionCode);
            if (job is null)
            {
                job = new Job(employer.Id, details, pass.NowUtc);
                db.Jobs.Add(job);
                Publish(pass, job);
                created++;
            }
            else if (DetailsOf(job) == details && job.Status == JobStatus.Published)
            {
                unchanged++;
            }
            else
            {
                job.Edit(details);
                Publish(pass, job);
                updated++;
            }
        }
        return new ImportBatchOutcome(errors, created, updated, unchanged);
    }

    /// <summary>Submits and approves in the officer's name: an officer's import is its own review.</summary>
    private static void Publish(ImportPass pass, Job job)
    {
        if (job.Status is JobStatus.Draft or JobStatus.Rejected) job.Submit(pass.Today);
        if (job.Status == JobStatus.PendingReview) job.Approve(pass.OfficerId, pass.NowUtc);
    }

    private JobLine? Read(ImportPass pass, ImportRow row, RegionLookup known)
    {
        string? code = null;
        if (row.Code(CreditCode, required: true) is { } rawCode)
        {
            var checkedCode = SocialCreditCode.Validate(rawCode, row.Header(CreditCode));
            if (checkedCode.IsError) row.Fail(CreditCode, checkedCode.Error!.Message);
            else code = checkedCode.Value!.Value;
        }
        var title = row.Text(Title, required: true, maxLength: 100);
        var type = row.Choice(Type, required: true, Types, ["全职", "见习", "零工", "科研助理"]);
        var region = row.RegionCode(Region, required: true, known, db.Scope);
        var industry = row.Text(Industry);
        if (industry is { Length: 1 }) industry = "0" + industry; // a division typed as a number loses its leading zero
        if (industry is not null && industries.Find(industry) is not { Level: "division" })
            row.Fail(Industry, text["Import_UnknownIndustry", row.Header(Industry), industry]);
        var headcount = row.Integer(Headcount, required: true, 1, 10_000);
        var degree = row.Choice(MinDegree, required: true, Degrees, ["不限", "专科", "本科", "硕士", "博士"]);
        var salaryMin = row.Integer(SalaryMin, required: true, 0, 1_000_000);
        var salaryMax = row.Integer(SalaryMax, required: true, 0, 1_000_000);
        if (salaryMin > salaryMax) row.Fail(SalaryMax, text["Import_SalaryRange", row.Header(SalaryMax), row.Header(SalaryMin)]);
        // A month alone (2026年12月) means the job stays open through that month: its last day.
        var validUntil = row.Date(ValidUntil, required: true, MonthOnly.LastDay);
        if (validUntil < pass.Today) row.Fail(ValidUntil, text["Import_ValidUntilPast", row.Header(ValidUntil)]);
        var description = row.Text(Description, required: true, maxLength: 4000);
        if (description is { Length: < 10 }) row.Fail(Description, text["Import_DescriptionTooShort", row.Header(Description), 10]);
        if (title is { Length: < 2 }) row.Fail(Title, text["Import_TitleTooShort", row.Header(Title)]);
        if (code is not null && title is not null && region is not null)
            row.IsRepeated(pass, Title, string.Join('|', code, title, region));
        if (!row.IsValid) return null;
        return new JobLine(code!, title!, type!.Value, region!, industry, headcount!.Value, degree!.Value, salaryMin!.Value, salaryMax!.Value,
            validUntil!.Value, description!);
    }

    private static JobDetails DetailsOf(Job j) =>
        new(j.EmployerName, j.Type, j.Title, j.Description, j.RegionCode, j.IndustryCode, j.Headcount, j.MinDegree, j.SalaryMinYuan,
            j.SalaryMaxYuan, j.ValidUntil);

    private sealed record JobLine(string CreditCode, string Title, JobType Type, string RegionCode, string? IndustryCode, int Headcount,
        DegreeLevel MinDegree, int SalaryMin, int SalaryMax, DateOnly ValidUntil, string Description);
}
