using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching;

/// <summary>The columns of a job that matching reads, as loaded from the database.</summary>
public sealed record JobRow(Guid Id, string RegionCode, string IndustryCode, JobType Type, DegreeLevel MinDegree,
    List<string> MajorCodes, int MinExperienceYears, int SalaryMinYuan, int SalaryMaxYuan, string Title, List<string> Tags,
    string Description);

/// <summary>The columns of a talent that matching reads.</summary>
public sealed record TalentRow(Guid Id, string RegionCode, string? NativePlaceCode, List<string> IntendedRegionCodes,
    List<string> IntendedIndustryCodes, List<JobType> IntendedJobTypes, DegreeLevel HighestDegree, string? MajorCode,
    string? MajorName, int? GraduationYear, int? SalaryMinYuan, List<string> Skills);

/// <summary>A project demand or a talent's project.</summary>
public sealed record ProjectRow(Guid Id, string RegionCode, string IndustryCode, string Title, string Text, int? MoneySought,
    int? MoneyOffered);
