using Yincai.Platform;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>An undergraduate major (本科专业) with its class (专业类) and category (学科门类).</summary>
public sealed record Major(string Code, string Name, string ClassCode, string ClassName, string CategoryCode, string CategoryName);

/// <summary>
/// The MOE undergraduate major catalog (普通高等学校本科专业目录, 2026), read once from
/// ReferenceData/undergrad-majors-2026.csv (see its SOURCE note). Codes are the six digits without the T/K suffix.
/// </summary>
public sealed class MajorCatalog
{
    private readonly Dictionary<string, Major> _byCode;
    private readonly Dictionary<string, Major> _byName;

    public MajorCatalog()
    {
        using var reader = EmbeddedReferenceData.Open("undergrad-majors-2026.csv");
        reader.ReadLine();
        var all = new List<Major>(900);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            // category_code,category_name,class_code,class_name,major_code,major_code_digits,major_name,...
            var f = line.Split(',');
            all.Add(new Major(f[5], f[6], f[2], f[3], f[0], f[1]));
        }
        All = all;
        _byCode = all.ToDictionary(m => m.Code);
        _byName = all.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First());
    }

    public IReadOnlyList<Major> All { get; }

    public IEnumerable<(string Code, string Name)> Classes =>
        All.Select(m => (m.ClassCode, m.ClassName)).Distinct();

    public Major? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim().TrimEnd('T', 'K'), out var m) ? m : null;

    public Major? FindByName(string? name) => name is not null && _byName.TryGetValue(name.Trim(), out var m) ? m : null;

    /// <summary>Majors whose name contains the text or whose code starts with it, for a pick list.</summary>
    public IEnumerable<Major> Search(string? text, int take = 20)
    {
        var term = text?.Trim();
        return string.IsNullOrEmpty(term)
            ? []
            : All.Where(m => m.Name.Contains(term, StringComparison.Ordinal) || m.Code.StartsWith(term, StringComparison.Ordinal)).Take(take);
    }
}
