using PdfSharp.Fonts;

namespace Yincai.Platform.Documents;

/// <summary>Gives PDFsharp one TrueType font with Chinese glyphs for every family it asks for; its subset is embedded.
/// The font is the file at <paramref name="path"/>, or the Droid Sans Fallback built into the app when none is set.</summary>
public sealed class CjkFontResolver(string? path) : IFontResolver
{
    public const string Face = "YincaiCjk";
    private const string BuiltIn = "Yincai.Fonts.DroidSansFallbackFull.ttf";

    private readonly Lazy<byte[]> _bytes = new(() => string.IsNullOrWhiteSpace(path) ? ReadBuiltIn() : File.ReadAllBytes(path));

    public string? Path => path;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, false);

    public byte[]? GetFont(string faceName) => _bytes.Value;

    private static byte[] ReadBuiltIn()
    {
        using var stream = typeof(CjkFontResolver).Assembly.GetManifestResourceStream(BuiltIn)
            ?? throw new InvalidOperationException($"The resource {BuiltIn} is missing from the build.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
