using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Yincai.Platform.Validation;

/// <summary>
/// Mainland China mobile numbers (SECURITY.md 4.3). Only the shape is checked: new prefixes keep appearing, so
/// there is no prefix whitelist, and only an SMS one-time code proves that someone holds the number.
/// </summary>
public static partial class MobileNumber
{

    /// <summary>Normalises <paramref name="input"/> and checks it; returns the 11 digits on success.</summary>
    /// <param name="fieldLabel">The field's name as the user sees it, already in the current UI language.</param>
    public static Result<string> Validate(string? input, string fieldLabel)
    {
        ArgumentNullException.ThrowIfNull(fieldLabel);
        var value = Normalise(input);

        if (value.Length == 0)
        {
            return Fail("required", "Required", fieldLabel);
        }

        if (value.Length != 11)
        {
            return Fail("length", "Mobile_Length", fieldLabel, value.Length);
        }

        if (!Pattern().IsMatch(value))
        {
            return Fail("format", "Mobile_Format", fieldLabel);
        }

        return value;
    }

    /// <summary>The display mask of SECURITY.md §2: <c>138****8000</c>.</summary>
    public static string Mask(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        if (!Pattern().IsMatch(normalised))
        {
            throw new ArgumentException("Expected a number returned by Validate.", nameof(normalised));
        }

        return string.Concat(normalised.AsSpan(0, 3), "****", normalised.AsSpan(7));
    }

    private static string Normalise(string? input)
    {
        if (input is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            var half = ValidationText.ToHalfWidth(c);
            if (!char.IsWhiteSpace(half) && half != '-')
            {
                builder.Append(half);
            }
        }

        var value = builder.ToString();
        if (value.StartsWith("+86", StringComparison.Ordinal))
        {
            return value[3..];
        }

        return value.StartsWith("0086", StringComparison.Ordinal) ? value[4..] : value;
    }

    // [0-9], not \d, which also matches full-width and other Unicode digits; \z, not $, which allows a trailing \n.
    [GeneratedRegex(@"\A1[3-9][0-9]{9}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static Error Fail(string code, string messageName, params object[] arguments) =>
        ValidationText.Fail("validation.mobile.", code, messageName, arguments);
}
