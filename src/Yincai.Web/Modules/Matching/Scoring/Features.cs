using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching.Scoring;

/// <summary>What matching needs of a published job, in compact form. Majors are the six-digit codes as numbers
/// (080901 → 80901: class = /100, category = /10000); industry is the GB/T 4754 division (大类) number.</summary>
public sealed class JobFeatures
{
    public required Guid Id { get; init; }
    public required RegionRef Region { get; init; }
    public required int Division { get; init; }
    public required JobType Type { get; init; }
    public DegreeLevel MinDegree { get; init; }
    public int[] Majors { get; init; } = [];
    public int MinExperienceYears { get; init; }
    public int SalaryMin { get; init; }
    public int SalaryMax { get; init; }
    public Keywords Keywords { get; init; } = Keywords.None;
    public bool LessDeveloped { get; init; }
}

/// <summary>What matching needs of a talent who agreed to be found by employers.</summary>
public sealed class TalentFeatures
{
    public required Guid Id { get; init; }

    /// <summary>Household region and native place: who among officers may see the talent (the data layer's rule).</summary>
    public required string RegionCode { get; init; }
    public string? NativePlaceCode { get; init; }

    public RegionRef[] Regions { get; init; } = [];
    public int[] Divisions { get; init; } = [];
    public JobType[] Types { get; init; } = [];
    public DegreeLevel Degree { get; init; }
    public int Major { get; init; }
    public int? GraduationYear { get; init; }
    public int? SalaryMin { get; init; }
    public Keywords Keywords { get; init; } = Keywords.None;

    public bool InScope(string? prefix) =>
        prefix is null || RegionCode.StartsWith(prefix, StringComparison.Ordinal)
        || (NativePlaceCode is not null && NativePlaceCode.StartsWith(prefix, StringComparison.Ordinal));
}

/// <summary>Either side of project matching (RET-06): a talent's project, an employer's project demand, or a talent
/// looking for demands by their intention.</summary>
public sealed class ProjectFeatures
{
    public required Guid Id { get; init; }
    public RegionRef[] Regions { get; init; } = [];
    public int[] Divisions { get; init; } = [];
    public Keywords Keywords { get; init; } = Keywords.None;

    /// <summary>Funding a talent's project seeks, in 万元.</summary>
    public int? MoneySought { get; init; }

    /// <summary>The most a project demand's budget gives, in 万元.</summary>
    public int? MoneyOffered { get; init; }
}
