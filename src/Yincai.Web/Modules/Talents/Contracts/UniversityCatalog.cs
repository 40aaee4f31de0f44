using Yincai.Platform;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>A regular higher-education institution of the MOE list (全国普通高等学校名单, 2025).</summary>
public sealed record University(string Code, string Name, string ProvinceCode, string? CityCode, bool Undergraduate);

/// <summary>
/// The MOE list of 2,919 universities and colleges, read once from ReferenceData/universities-2025.csv (see its
/// SOURCE note). Reference data that never changes at run time, so it lives in memory.
/// </summary>
public sealed class UniversityCatalog
{
    private readonly Dictionary<string, University> _byCode;
    private readonly Dictionary<string, University> _byName;

    public UniversityCatalog()
    {
        using var reader = EmbeddedReferenceData.Open("universities-2025.csv");
        reader.ReadLine();
        var all = new List<University>(3000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            // seq,name,moe_code,authority,province,province_code,city,city_division_code,level,note
            var f = line.Split(',');
            all.Add(new University(f[2], f[1], f[5], f[7].Length == 0 ? null : f[7], f[8] == "本科"));
        }
        All = all;
        _byCode = all.ToDictionary(u => u.Code);
        _byName = all.ToDictionary(u => u.Name);
    }

    public IReadOnlyList<University> All { get; }

    public University? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var u) ? u : null;

    public University? FindByName(string? name) => name is not null && _byName.TryGetValue(name.Trim(), out var u) ? u : null;

    /// <summary>Schools whose name contains the text, for a type-ahead list.</summary>
    public IEnumerable<University> Search(string? text, int take = 20) => string.IsNullOrWhiteSpace(text)
        ? []
        : All.Where(u => u.Name.Contains(text.Trim(), StringComparison.Ordinal)).Take(take);
}
