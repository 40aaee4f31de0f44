using System.Globalization;
using System.Text.RegularExpressions;

namespace Yincai.Platform.Validation;

/// <summary>Unified social credit codes (统一社会信用代码, GB 32100-2015), SECURITY.md 4.2.</summary>
public static partial class SocialCreditCode
{
    // 31 characters: no I, O, S, V or Z. A character's value is its index.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // 3^(i-1) mod 31
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Normalises <paramref name="input"/> and checks the pattern and the mod-31 check character, which are hard
    /// failures. The GB 11714 check on the embedded organisation code comes back as a flag, not a failure.
    /// </summary>
    /// <param name="fieldLabel">The field's name as the user sees it, already in the current UI language.</param>
    public static Result<SocialCreditCodeCheck> Validate(string? input, string fieldLabel)
    {
        ArgumentNullException.ThrowIfNull(fieldLabel);
        var value = ValidationText.NormaliseUpper(input);

        if (value.Length == 0)
        {
            return Fail("required", "Required", fieldLabel);
        }

        if (value.Length != 18)
        {
            return Fail("length", "CreditCode_Length", fieldLabel, value.Length);
        }

        if (!Pattern().IsMatch(value))
        {
            return Fail("format", "CreditCode_Format", fieldLabel);
        }

        if (value[17] != CheckCharacter(value))
        {
            return Fail("check_digit", "CreditCode_CheckDigit", fieldLabel);
        }

        return new SocialCreditCodeCheck(value, PassesOrganisationCodeCheck(value));
    }

    private static char CheckCharacter(string value)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(value[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    // GB 11714: characters 9–16 are the organisation code body, character 17 its check; digits count as
    // themselves and letters as A = 10 … Z = 35.
    private static bool PassesOrganisationCodeCheck(string value)
    {
        var sum = 0;
        for (var i = 0; i < OrganisationCodeWeights.Length; i++)
        {
            var c = value[8 + i];
            var digit = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += digit * OrganisationCodeWeights[i];
        }

        var expected = (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
        return value[16] == expected;
    }

    [GeneratedRegex(@"\A[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static Error Fail(string code, string messageName, params object[] arguments) =>
        ValidationText.Fail("validation.credit_code.", code, messageName, arguments);
}
