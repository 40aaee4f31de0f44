using System.Text;

namespace Yincai.Platform;

/// <summary>Return addresses taken from requests (<c>ReturnUrl</c>, the language switch): only a path on this site is
/// followed, written in ASCII so that it fits a Location header; anything else gives the fallback, never an error.</summary>
public static class LocalUrl
{
    public static string OrFallback(string? url, string fallback)
    {
        // Browsers drop tabs and newlines and read "\" as "/": "/\t/evil" and "/\evil" would leave the site.
        if (string.IsNullOrEmpty(url) || url.Length > 2048 || url[0] != '/' || url.Any(char.IsControl)) return fallback;
        if (url.Length > 1 && url[1] is '/' or '\\') return fallback;

        var ascii = new StringBuilder(url.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                ascii.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length]) ascii.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return ascii.ToString();
    }
}
