namespace Yincai.Platform;

/// <summary>
/// The part of the region tree a staff member may see, as a GB/T 2260 code prefix:
/// province 370000 → "37", city 370200 → "3702", county 370202 → "370202".
/// </summary>
public sealed record RegionScope
{
    private RegionScope(string? prefix) => Prefix = prefix;

    /// <summary>No region restriction: the public, talents and employers (their own records are
    /// filtered by owner in their modules), and background work acting for the platform.</summary>
    public static RegionScope Unrestricted { get; } = new((string?)null);

    /// <summary>The code prefix that records must start with; null when unrestricted.</summary>
    public string? Prefix { get; }

    /// <summary>Matches no record: a staff member whose scope is missing or malformed sees nothing.</summary>
    public static RegionScope Nothing { get; } = new("#");

    public static RegionScope ForRegion(string regionCode) => new(PrefixOf(regionCode));

    public static bool IsRegionCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    public bool Contains(string? regionCode) =>
        Prefix is null || (regionCode is not null && regionCode.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>A list's region filter as given in a link: a region's code (370200) or its prefix (3702); null for anything else.</summary>
    public static string? FilterPrefix(string? region) => region?.Trim() switch
    {
        { Length: 6 } code when code.All(char.IsAsciiDigit) => PrefixOf(code),
        { Length: 2 or 4 } prefix when prefix.All(char.IsAsciiDigit) => prefix,
        _ => null,
    };

    public static string PrefixOf(string regionCode)
    {
        if (regionCode.Length != 6 || !regionCode.All(char.IsAsciiDigit))
            throw new ArgumentException("A region code has six digits.", nameof(regionCode));
        if (regionCode.EndsWith("0000", StringComparison.Ordinal)) return regionCode[..2];
        if (regionCode.EndsWith("00", StringComparison.Ordinal)) return regionCode[..4];
        return regionCode;
    }
}
