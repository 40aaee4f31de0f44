using Yincai.Platform;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>Which catalogue a major is from.</summary>
public enum MajorLevel { Undergraduate, Vocational, Graduate }

/// <summary>A major with its class (专业类) and category (学科门类 or, for 专科, 专业大类): an undergraduate major (six digits,
/// 080901), a vocational one of 高职专科 (six digits, 510201) or a graduate discipline (一级学科 or 专业学位类别, four digits,
/// 0812; its own class).</summary>
public sealed record Major(string Code, string Name, string ClassCode, string ClassName, string CategoryCode, string CategoryName,
    MajorLevel Level = MajorLevel.Undergraduate);

/// <summary>
/// The MOE major catalogues, read once from ReferenceData (see their SOURCE notes): undergraduate (普通高等学校本科专业目录,
/// 2026; codes are the six digits without the T/K suffix), vocational (职业教育专业目录 2021, 高职专科) and graduate
/// (研究生教育学科专业目录 2022), and the project's own relation of each vocational class and graduate discipline to the
/// undergraduate classes nearest to it (major-class-relations.csv), by which a 专科 or graduate major is compared with the
/// undergraduate majors that jobs name.
/// </summary>
public sealed class MajorCatalog
{
    private readonly Dictionary<string, Major> _byCode;
    private readonly Dictionary<string, Major> _byName;
    private readonly Dictionary<string, string[]> _related = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _classNames = new(StringComparer.Ordinal);

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
        Undergraduate = [.. all];
        all.AddRange(Vocational());
        all.AddRange(Graduate());
        foreach (var m in all) _classNames.TryAdd(m.ClassCode, m.ClassName);
        using (var relations = EmbeddedReferenceData.Open("major-class-relations.csv"))
        {
            relations.ReadLine();
            var pairs = new List<(string From, string To)>();
            while (relations.ReadLine() is { } line)
            {
                var f = line.Split(',', 5);
                if (f.Length >= 3 && f[2].Length == 4) pairs.Add((f[0], f[2]));
            }
            foreach (var g in pairs.GroupBy(p => p.From)) _related[g.Key] = g.Select(p => p.To).Distinct().ToArray();
        }
        All = all;
        _byCode = all.ToDictionary(m => m.Code);
        _byName = all.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First());
        _foldedByCode = all.ToDictionary(m => m.Code, m => SearchTerms.Normalize(m.Name));
        _folded = [.. all.Select(m => (_foldedByCode[m.Code], m.Code))];
    }

    // Each major's name folded as search text is (SearchTerms.Normalize), with its code: a keyword search asks for them all,
    // and the keyword index names every job's majors by them.
    private readonly (string Name, string Code)[] _folded;
    private readonly Dictionary<string, string> _foldedByCode;

    /// <summary>The codes of the majors whose folded name holds <paramref name="foldedTerm"/> (a term of <see cref="SearchTerms"/>).</summary>
    public List<string> CodesNaming(string foldedTerm) =>
        [.. _folded.Where(m => m.Name.Contains(foldedTerm, StringComparison.Ordinal)).Select(m => m.Code)];

    /// <summary>Whether any major's folded name holds <paramref name="foldedTerm"/>.</summary>
    public bool AnyNaming(string foldedTerm) => _folded.Any(m => m.Name.Contains(foldedTerm, StringComparison.Ordinal));

    /// <summary>A major's name folded as search text, or null for a code the catalogues do not hold.</summary>
    public string? FoldedName(string code) => _foldedByCode.GetValueOrDefault(code);

    /// <summary>Every major of the three catalogues, undergraduate first (a name in two of them finds the undergraduate one).</summary>
    public IReadOnlyList<Major> All { get; }

    public IReadOnlyList<Major> Undergraduate { get; }

    /// <summary>The undergraduate classes nearest a vocational class or graduate discipline, nearest first (none: unrelated).</summary>
    public IReadOnlyList<string> RelatedUndergraduateClasses(string classCode) => _related.GetValueOrDefault(classCode) ?? [];

    public string? ClassName(string classCode) => _classNames.GetValueOrDefault(classCode);

    /// <summary>
    /// The undergraduate major a major is compared as: itself when undergraduate; for a 专科 major or a graduate discipline, the
    /// undergraduate major of the same name in its nearest classes (研究生 0812 计算机科学与技术 → 080901), else the nearest class
    /// itself as "class + 00" (080900), which relates to that class's majors but equals none of them. Null: no relation known.
    /// </summary>
    public string? ComparedAs(string? code)
    {
        if (Find(code) is not { } major) return null;
        if (major.Level == MajorLevel.Undergraduate) return major.Code;
        var classes = RelatedUndergraduateClasses(major.ClassCode);
        if (classes.Count == 0) return null;
        return Undergraduate.FirstOrDefault(m => m.Name == major.Name && classes.Contains(m.ClassCode))?.Code ?? classes[0] + "00";
    }

    private static IEnumerable<Major> Vocational()
    {
        using var reader = EmbeddedReferenceData.Open("vocational-majors-2021.csv");
        reader.ReadLine();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var majors = new List<(string Code, string Name, string Class)>();
        while (reader.ReadLine() is { } line)
        {
            // code,name,level,parent_code,state_controlled_K
            var f = line.Split(',');
            if (f.Length < 4) continue;
            if (f[2] == "major") majors.Add((f[0], f[1], f[3]));
            else names[f[0]] = f[1];
        }
        return majors.Select(m => new Major(m.Code, m.Name, m.Class, names.GetValueOrDefault(m.Class, ""), m.Class[..2],
            names.GetValueOrDefault(m.Class[..2], ""), MajorLevel.Vocational)).ToList();
    }

    private static IEnumerable<Major> Graduate()
    {
        using var reader = EmbeddedReferenceData.Open("graduate-disciplines-2022.csv");
        reader.ReadLine();
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        var disciplines = new List<(string Code, string Name)>();
        while (reader.ReadLine() is { } line)
        {
            // code,name,level(category|discipline|professional),parent_code,master_only,note
            var f = line.Split(',');
            if (f.Length < 4) continue;
            if (f[2] == "category") categories[f[0]] = f[1];
            else disciplines.Add((f[0], f[1]));
        }
        return disciplines.Select(d => new Major(d.Code, d.Name, d.Code, d.Name, d.Code[..2], categories.GetValueOrDefault(d.Code[..2], ""),
            MajorLevel.Graduate)).ToList();
    }

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
