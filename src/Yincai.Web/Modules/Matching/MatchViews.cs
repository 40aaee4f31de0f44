using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching;

/// <summary>One reason of a match, in words of the reader's language.</summary>
public sealed record MatchReason(FitAspect Aspect, FitLevel Level, float Points, string Text);

/// <summary>A job matched for a talent (also what the API returns).</summary>
public sealed record JobMatch(Guid JobId, string Title, string EmployerName, string RegionCode, string RegionName, JobType Type,
    int SalaryMinYuan, int SalaryMaxYuan, float Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>A talent matched for a job: masked name and what an employer may see of the shared profile.</summary>
public sealed record TalentMatch(Guid TalentId, string MaskedName, DegreeLevel Degree, string? SchoolName, string? MajorName,
    int? GraduationYear, IReadOnlyList<string> Skills, float Score, IReadOnlyList<MatchReason> Reasons, bool Recommended, string? Priority = null);

/// <summary>A project demand matched for a talent or a talent's project, or a talent's project matched for a demand.</summary>
public sealed record ProjectMatch(Guid Id, string Title, string Owner, string RegionCode, string RegionName, float Score,
    IReadOnlyList<MatchReason> Reasons, string? Priority = null);

/// <summary>What a talent sees on their home page and at /api/v1/matching/me.</summary>
public sealed record MatchesForTalent(IReadOnlyList<JobMatch> Jobs, IReadOnlyList<ProjectMatch> Demands);

/// <summary>A PhD with the jobs that fit them best (ENT-07).</summary>
public sealed record PhdMatches(Guid TalentId, string MaskedName, string? SchoolName, string? MajorName, IReadOnlyList<JobMatch> Jobs);

/// <summary>Project matches and where each links to (a demand's or a project's public page).</summary>
public sealed record ProjectMatchList(IReadOnlyList<ProjectMatch> Matches, string LinkBase)
{
    public static ProjectMatchList OfDemands(IReadOnlyList<ProjectMatch> matches) => new(matches, "/Jobs/Demands/View?id=");

    public static ProjectMatchList OfProjects(IReadOnlyList<ProjectMatch> matches) => new(matches, "/Jobs/Projects/View?id=");
}
