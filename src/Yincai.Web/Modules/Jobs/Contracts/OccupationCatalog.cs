using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A major group (大类) or middle group (中类) of the national occupation classification (2022).</summary>
public sealed record Occupation(string Code, string Name, bool IsMajorGroup, string? ParentCode);

/// <summary>
/// 中华人民共和国职业分类大典 (2022), top two levels, read once from
/// ReferenceData/occupation-classification-2022-top-levels.csv (see its SOURCE note).
/// </summary>
public sealed class OccupationCatalog
{
    private readonly Dictionary<string, Occupation> _byCode;

    public OccupationCatalog()
    {
        using var reader = EmbeddedReferenceData.Open("occupation-classification-2022-top-levels.csv");
        reader.ReadLine();
        var all = new List<Occupation>(100);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            all.Add(new Occupation(f[0], f[1], f[2] == "major", f[3].Length == 0 ? null : f[3]));
        }
        All = all;
        _byCode = all.ToDictionary(o => o.Code);
    }

    public IReadOnlyList<Occupation> All { get; }

    /// <summary>The 79 middle groups, what an employer picks for a job.</summary>
    public IEnumerable<Occupation> MiddleGroups => All.Where(o => !o.IsMajorGroup);

    public Occupation? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var o) ? o : null;
}
