using Yincai.Platform;

namespace Yincai.Modules.Employers.Contracts;

/// <summary>
/// GB/T 4754-2017 (国民经济行业分类), read once from ReferenceData/industry-gbt4754-2017.csv (see its SOURCE
/// note). It is reference data that never changes at run time, so it lives in memory, not in a table.
/// </summary>
public sealed class IndustryCatalog
{
    private readonly Dictionary<string, Industry> _byCode;

    public IndustryCatalog()
    {
        using var reader = EmbeddedReferenceData.Open("industry-gbt4754-2017.csv");
        reader.ReadLine();
        var all = new List<Industry>(2000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            all.Add(new Industry(f[0], f[1], f[2], f[3].Length == 0 ? null : f[3], f[4]));
        }
        All = all;
        _byCode = all.ToDictionary(i => i.Code);
    }

    public IReadOnlyList<Industry> All { get; }

    public IEnumerable<Industry> Sections => All.Where(i => i.Level == "section");

    /// <summary>The 97 divisions (大类), what an employer picks.</summary>
    public IEnumerable<Industry> Divisions => All.Where(i => i.Level == "division");

    /// <summary>What an industry select offers: the divisions, each under its section.</summary>
    public IEnumerable<SelectOption> SelectOptions()
    {
        foreach (var section in Sections)
        {
            var group = section.Code + " " + section.Name;
            foreach (var division in Divisions.Where(d => d.Section == section.Code))
                yield return new SelectOption(group, division.Code, division.Code + " " + division.Name);
        }
    }

    public Industry? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var industry) ? industry : null;
}
