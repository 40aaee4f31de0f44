using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A major group (大类), middle group (中类) or minor group (小类) of the national occupation classification (2022).</summary>
public sealed record Occupation(string Code, string Name, bool IsMajorGroup, string? ParentCode)
{
    /// <summary>A 小类 ("2-02-10"): the finest level kept.</summary>
    public bool IsMinorGroup => Code.Length == 7;
}

/// <summary>
/// 中华人民共和国职业分类大典 (2022): the top two levels from ReferenceData/occupation-classification-2022-top-levels.csv and
/// the 小类 from occupations-2022-minor.csv, read once (see their SOURCE note). A job or a wanted position names a 中类 or a 小类.
/// </summary>
public sealed class OccupationCatalog
{
    private readonly Dictionary<string, Occupation> _byCode;
    private readonly ILookup<string?, Occupation> _minorByParent;

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
        using (var minor = EmbeddedReferenceData.Open("occupations-2022-minor.csv"))
        {
            minor.ReadLine();
            while (minor.ReadLine() is { } line)
            {
                if (line.Length == 0) continue;
                var f = line.Split(',');
                all.Add(new Occupation(f[0], f[1], false, f[2]));
            }
        }
        All = all;
        _byCode = all.ToDictionary(o => o.Code);
        _minorByParent = all.Where(o => o.IsMinorGroup).ToLookup(o => o.ParentCode);
    }

    public IReadOnlyList<Occupation> All { get; }

    /// <summary>The 79 middle groups, what an employer picks for a job.</summary>
    public IEnumerable<Occupation> MiddleGroups => All.Where(o => !o.IsMajorGroup && !o.IsMinorGroup);

    /// <summary>The 小类 of a 中类, in code order.</summary>
    public IEnumerable<Occupation> MinorGroupsOf(string middleCode) => _minorByParent[middleCode];

    /// <summary>What an occupation select offers: each 中类 a group, itself first (for who cannot say more), then its 小类.</summary>
    public IEnumerable<SelectOption> SelectOptions()
    {
        foreach (var middle in MiddleGroups)
        {
            var group = middle.Code + " " + middle.Name;
            yield return new SelectOption(group, middle.Code, group);
            foreach (var minor in MinorOptions(middle.Code, group)) yield return minor;
        }
    }

    // A 中类's 小类, indented under it (its "-00" is the 中类 itself).
    private IEnumerable<SelectOption> MinorOptions(string middleCode, string group) =>
        MinorGroupsOf(middleCode).Where(m => m.Code != middleCode + "-00").Select(m => new SelectOption(group, m.Code, "　" + m.Code + " " + m.Name));

    /// <summary>
    /// What a search filter offers, short enough for a phone: the 中类 under their 大类, and the 小类 only under
    /// <paramref name="openGroup"/> (<see cref="OpenGroupFor"/> of the choice), as a region picker opens the chosen province.
    /// </summary>
    public IEnumerable<SelectOption> SearchOptions(string? openGroup)
    {
        foreach (var major in All.Where(o => o.IsMajorGroup))
        {
            var group = major.Code + " " + major.Name;
            foreach (var middle in MiddleGroups.Where(m => m.ParentCode == major.Code))
            {
                yield return new SelectOption(group, middle.Code, middle.Code + " " + middle.Name);
                if (middle.Code == openGroup)
                    foreach (var minor in MinorOptions(middle.Code, group)) yield return minor;
            }
        }
    }

    /// <summary>The 中类 whose 小类 <see cref="SearchOptions"/> shows for <paramref name="chosen"/>; null for none.</summary>
    public string? OpenGroupFor(string? chosen) => Find(chosen) switch
    {
        { IsMinorGroup: true } minor => minor.ParentCode,
        { IsMajorGroup: false } middle => middle.Code,
        _ => null,
    };

    public Occupation? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var o) ? o : null;
}
