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

    /// <summary>The occupation (职业分类 中类 or 小类) as a number (<see cref="FeatureMapper.Occupation"/>); 0: none given.</summary>
    public int Occupation { get; init; }
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

    /// <summary>Every place wished for: the intention's regions and the positions' cities.</summary>
    public RegionRef[] Regions { get; init; } = [];
    public int[] Divisions { get; init; } = [];

    /// <summary>Most wanted first.</summary>
    public JobType[] Types { get; init; } = [];

    /// <summary>The positions wanted (期望职位), most wanted first.</summary>
    public PositionWish[] Positions { get; init; } = [];
    public DegreeLevel Degree { get; init; }
    public int Major { get; init; }
    public int? GraduationYear { get; init; }
    public int? SalaryMin { get; init; }
    public Keywords Keywords { get; init; } = Keywords.None;

    /// <summary>The least pay wished anywhere (the intention or a position; none when either wishes none): what a bound on
    /// the pay aspect reads.</summary>
    public int? SalaryLeast
    {
        get
        {
            if (SalaryMin is not > 0) return null;
            var least = SalaryMin.Value;
            foreach (var p in Positions)
                if (p.SalaryMin > 0 && p.SalaryMin < least) least = p.SalaryMin;
            return least;
        }
    }

    public bool InScope(string? prefix) =>
        prefix is null || RegionCode.StartsWith(prefix, StringComparison.Ordinal)
        || (NativePlaceCode is not null && NativePlaceCode.StartsWith(prefix, StringComparison.Ordinal));
}

/// <summary>A position wanted: its occupation (as <see cref="JobFeatures.Occupation"/>), and the city and the least pay
/// wanted for it (none: <see cref="RegionRef"/> none, 0).</summary>
public readonly record struct PositionWish(int Occupation, RegionRef City, int SalaryMin);

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
