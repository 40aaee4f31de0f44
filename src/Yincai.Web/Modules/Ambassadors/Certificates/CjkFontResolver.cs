using PdfSharp.Fonts;

namespace Yincai.Modules.Ambassadors.Certificates;

/// <summary>Gives PDFsharp one TrueType font with Chinese glyphs for every family it asks for; its subset is embedded.</summary>
public sealed class CjkFontResolver(string path) : IFontResolver
{
    public const string Face = "YincaiCjk";

    private readonly Lazy<byte[]> _bytes = new(() => File.ReadAllBytes(path));

    public string Path => path;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, false);

    public byte[]? GetFont(string faceName) => _bytes.Value;
}
