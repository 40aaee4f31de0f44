using System.Globalization;
using System.Resources;

namespace Yincai.Platform.Validation;

/// <summary>What the validators share: input clean-up and their messages in the user's language.</summary>
internal static class ValidationText
{
    private static readonly ResourceManager Messages = new(typeof(ValidationMessages));

    /// <summary>Full-width to half-width, upper case, trimmed: what people type with a Chinese input method.</summary>
    public static string NormaliseUpper(string? input)
    {
        if (input is null) return string.Empty;
        return string.Create(input.Length, input, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.ToUpperInvariant(ToHalfWidth(source[i]));
        }).Trim();
    }

    // Chinese input methods in full-width mode type U+FF01–U+FF5E (digits, letters, ＋, －) and the ideographic
    // space. Mapping them also means no full-width digit reaches storage, the trap \d falls into.
    public static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    public static Error Fail(string codePrefix, string code, string messageName, params object[] arguments)
    {
        var template = Messages.GetString(messageName, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"ValidationMessages has no entry '{messageName}'.");
        return new Error(codePrefix + code, string.Format(CultureInfo.CurrentCulture, template, arguments));
    }
}
