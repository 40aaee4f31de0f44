using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Yincai.Platform.Validation;

/// <summary>
/// Citizen ID numbers (公民身份号码, GB 11643-1999), and the 18-character residence-permit and foreign
/// permanent-residence numbers that share their layout and ISO 7064 MOD 11-2 check (SECURITY.md 4.1).
/// </summary>
public static partial class ResidentIdNumber
{
    public const int MinimumAge = 15;
    public const int MaximumAge = 70;

    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // GB/T 2260 province-level codes.
    private static readonly FrozenSet<int> MainlandProvinces = FrozenSet.Create(
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65);

    // 71 (Taiwan) is in GB/T 2260; 81, 82 and 83 start the residence permits of Hong Kong, Macao and Taiwan residents.
    private static readonly FrozenSet<int> Provinces = FrozenSet.Create([.. MainlandProvinces, 71, 81, 82, 83]);

    /// <summary>Normalises <paramref name="input"/> and checks it; returns the normalised number on success.</summary>
    /// <param name="fieldLabel">The field's name as the user sees it, already in the current UI language.</param>
    /// <param name="today">The local date against which the birth date and the age are checked.</param>
    public static Result<string> Validate(string? input, string fieldLabel, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fieldLabel);
        var value = ValidationText.NormaliseUpper(input);

        if (value.Length == 0)
        {
            return Fail("required", "Required", fieldLabel);
        }

        // The first-generation cards' 15 digits were replaced by 18 in 2004-2013; everyone holds the 18-digit number now.
        if (value.Length == 15 && value.All(char.IsAsciiDigit))
        {
            return Fail("fifteen_digits", "IdNumber_FifteenDigits", fieldLabel);
        }

        if (value.Length != 18)
        {
            return Fail("length", "IdNumber_Length", fieldLabel, value.Length);
        }

        // Before the pattern, so that a leading 0 (no province code starts with 0) is reported as the region error it is.
        if (HasUnknownRegion(value))
        {
            return Fail("region", "IdNumber_Region", fieldLabel);
        }

        if (!Pattern().IsMatch(value))
        {
            return Fail("format", "IdNumber_Format", fieldLabel);
        }

        // Before the date and age rules: a wrong check character means a typo somewhere, and the date or age
        // error the same typo may cause would point the user at the wrong digits.
        if (value[17] != CheckCharacter(value))
        {
            return Fail("check_digit", "IdNumber_CheckDigit", fieldLabel);
        }

        if (!TryParseBirthDate(value, out var born))
        {
            return Fail("birth_date", "IdNumber_BirthDateInvalid", fieldLabel);
        }

        if (born > today)
        {
            return Fail("birth_date", "IdNumber_BirthDateInFuture", fieldLabel);
        }

        if (AgeOn(born, today) is < MinimumAge or > MaximumAge)
        {
            return Fail("age", "IdNumber_Age", fieldLabel, MinimumAge, MaximumAge);
        }

        return value;
    }

    /// <summary>The birth date in characters 7–14 of a number returned by <see cref="Validate"/>.</summary>
    public static DateOnly BirthDate(string normalised)
    {
        EnsureNormalised(normalised);
        return TryParseBirthDate(normalised, out var born)
            ? born
            : throw new ArgumentException("The number holds no valid birth date.", nameof(normalised));
    }

    /// <summary>GB 11643 gives men an odd and women an even sequence number (character 17).</summary>
    public static bool IsMale(string normalised)
    {
        EnsureNormalised(normalised);
        return (normalised[16] - '0') % 2 == 1;
    }

    /// <summary>
    /// The first six characters: the GB/T 2260 address code where the household was registered when the number
    /// was issued. It says nothing about which office has jurisdiction today (SECURITY.md §3, A01). On a foreign
    /// permanent-residence card (leading 9) it is 9, the issuing province and the first digit of the nationality code.
    /// </summary>
    public static string RegionCode(string normalised)
    {
        EnsureNormalised(normalised);
        return normalised[..6];
    }

    /// <summary>The display mask of SECURITY.md §2: <c>3702**********123X</c>.</summary>
    public static string Mask(string normalised)
    {
        EnsureNormalised(normalised);
        return string.Concat(normalised.AsSpan(0, 4), "**********", normalised.AsSpan(14));
    }

    private static bool HasUnknownRegion(string value)
    {
        // The 2023 foreign permanent-residence card puts 9 first and the issuing province's code second and third.
        var (offset, known) = value[0] == '9' ? (1, MainlandProvinces) : (0, Provinces);
        var (tens, ones) = (value[offset], value[offset + 1]);
        if (!char.IsAsciiDigit(tens) || !char.IsAsciiDigit(ones))
        {
            return false; // not digits at all: the pattern reports that
        }

        return !known.Contains(((tens - '0') * 10) + (ones - '0'));
    }

    /// <summary>A whole number from its first 17 characters (region, birth date, sequence): demo data and generators.</summary>
    public static string WithCheckCharacter(string body) => body + CheckCharacter(body);

    private static char CheckCharacter(string value)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static bool TryParseBirthDate(string value, out DateOnly born) =>
        DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out born);

    /// <summary>Age in whole years (周岁) on <paramref name="day"/>; born on 29 February, a year is complete on 1 March in common years.</summary>
    public static int AgeOn(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return day < Birthday(born, born.Year + age) ? age - 1 : age;
    }

    private static DateOnly Birthday(DateOnly born, int year) =>
        born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, born.Month, born.Day);

    private static void EnsureNormalised(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        if (!Pattern().IsMatch(normalised))
        {
            throw new ArgumentException("Expected a number returned by Validate.", nameof(normalised));
        }
    }

    [GeneratedRegex(@"\A[1-9][0-9]{16}[0-9X]\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static Error Fail(string code, string messageName, params object[] arguments) =>
        ValidationText.Fail("validation.id_number.", code, messageName, arguments);
}
