using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>What an employer states about a job, already validated.</summary>
public sealed record JobDetails(string EmployerName, JobType Type, string Title, string Description, string RegionCode,
    string IndustryCode, int Headcount, DegreeLevel MinDegree, int SalaryMinYuan, int SalaryMaxYuan, DateOnly ValidUntil);
