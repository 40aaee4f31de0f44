using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>
/// Every division, looked up by its code or by the names people write where a code is asked: the division's own name
/// (市南区), or with the names above it (青岛市市南区, 山东省青岛市市南区, 山东省市南区). A name that several divisions carry
/// (朝阳区 is in Beijing and in Changchun) is resolved inside a preferred scope, or reported with its candidates.
/// </summary>
public sealed class RegionLookup
{
    private readonly Dictionary<string, (string Name, string? Parent)> _byCode;
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);

    public RegionLookup(IEnumerable<(string Code, string Name, string? ParentCode)> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code, r => (r.Name, r.ParentCode), StringComparer.Ordinal);
        foreach (var code in _byCode.Keys)
        {
            var chain = Chain(code).Select(c => _byCode[c].Name).ToList(); // the province first, the division last
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < chain.Count; i++) keys.Add(string.Concat(chain.Skip(i)));
            if (chain.Count == 3) keys.Add(chain[0] + chain[2]);
            foreach (var key in keys)
            {
                if (!_byName.TryGetValue(key, out var codes)) _byName[key] = codes = [];
                codes.Add(code);
            }
        }
    }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The name with the names above it, as on an address: 山东省青岛市市南区; the code itself when unknown.</summary>
    public string FullName(string code) => _byCode.ContainsKey(code) ? string.Concat(Chain(code).Select(c => _byCode[c].Name)) : code;

    /// <summary>
    /// The division a cell means: a known six-digit code, or a name that only one division carries (within
    /// <paramref name="preferred"/> when the name alone is ambiguous). Otherwise no code, and the full names of the
    /// divisions the name could mean (none when it means nothing).
    /// </summary>
    public RegionMatch Find(string text, RegionScope? preferred = null)
    {
        var key = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (RegionScope.IsRegionCode(key)) return Contains(key) ? new RegionMatch(key, []) : new RegionMatch(null, []);
        if (!_byName.TryGetValue(key, out var codes)) return new RegionMatch(null, []);
        if (codes.Count == 1) return new RegionMatch(codes[0], []);
        var inScope = preferred is null ? [] : codes.Where(preferred.Contains).ToList();
        return inScope.Count == 1 ? new RegionMatch(inScope[0], []) : new RegionMatch(null, codes.Order(StringComparer.Ordinal).Select(FullName).ToList());
    }

    private List<string> Chain(string code)
    {
        var chain = new List<string>();
        var current = code;
        while (current is not null && chain.Count < 4 && _byCode.TryGetValue(current, out var region))
        {
            chain.Insert(0, current);
            current = region.Parent;
        }
        return chain;
    }
}
