using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>What an employer states about a job, already validated. The requirements after the valid-until date are
/// optional: a job without them asks for no particular occupation, major, experience or tags.</summary>
public sealed record JobDetails(string EmployerName, JobType Type, string Title, string Description, string RegionCode,
    string IndustryCode, int Headcount, DegreeLevel MinDegree, int SalaryMinYuan, int SalaryMaxYuan, DateOnly ValidUntil,
    string? OccupationCode = null, IReadOnlyList<string>? MajorCodes = null, int MinExperienceYears = 0,
    IReadOnlyList<string>? Tags = null);
