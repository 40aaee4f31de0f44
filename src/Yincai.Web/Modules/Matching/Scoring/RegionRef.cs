using System.Globalization;

namespace Yincai.Modules.Matching.Scoring;

/// <summary>
/// A GB/T 2260 code as a number with its significant digits: 370000 is the province (2), 370200 a city (4), 370202 a
/// county (6). Two codes overlap when they agree on the digits both have: a job in 370202 lies in an intention for
/// 370200, and a job posted for the whole of 370200 lies in an intention for 370202.
/// </summary>
public readonly record struct RegionRef(int Code, byte Digits)
{
    public static RegionRef None => default;

    public bool IsNone => Digits == 0;

    public int Province => Code / 10000;

    /// <summary>The city part (3702); a province-wide code gives 3700.</summary>
    public int City => Code / 100;

    public static RegionRef Parse(string? code)
    {
        if (code is null || code.Length != 6
            || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return None;
        var digits = n % 10000 == 0 ? 2 : n % 100 == 0 ? 4 : 6;
        return new RegionRef(n, (byte)digits);
    }

    public bool Overlaps(RegionRef other)
    {
        if (IsNone || other.IsNone) return false;
        var d = Math.Min(Digits, other.Digits);
        var div = d == 2 ? 10000 : d == 4 ? 100 : 1;
        return Code / div == other.Code / div;
    }

    public bool SameProvince(RegionRef other) => !IsNone && !other.IsNone && Province == other.Province;

    public override string ToString() => Code.ToString("D6");
}
