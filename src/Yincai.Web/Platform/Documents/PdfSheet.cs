using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using QRCoder;

namespace Yincai.Platform.Documents;

/// <summary>
/// What the platform's printed documents (certificates, letters, plaques) share: the embedded Chinese font, text that font
/// can print, Chinese line breaking, and a QR code drawn as vectors.
/// </summary>
public static class PdfSheet
{
    private static readonly Lock Gate = new();

    /// <summary>PDFsharp's font resolver is process-wide and may be set once: the first document's font is everyone's.</summary>
    public static void EnsureFonts(string? fontPath)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkFontResolver) return;
            GlobalFontSettings.FontResolver = new CjkFontResolver(fontPath);
        }
    }

    public static XFont Font(double size, bool bold = false) =>
        new(CjkFontResolver.Face, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public static void Draw(XGraphics gfx, string text, XFont font, XBrush brush, XPoint at) => gfx.DrawString(Printable(text), font, brush, at);

    public static void Draw(XGraphics gfx, string text, XFont font, XBrush brush, XRect box, XStringFormat format) =>
        gfx.DrawString(Printable(text), font, brush, box, format);

    /// <summary>
    /// The embedded font (Droid Sans Fallback) has CJK glyphs but no Latin ones: ASCII letters, digits and signs are written
    /// in their full-width forms, and curly quotes as corner brackets, which it has.
    /// </summary>
    public static string Printable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '!' and <= '~' => (char)(chars[i] - '!' + '！'),
                '“' or '‘' => '「',
                '”' or '’' => '」',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    /// <summary>The QR code as vector squares: sharp at any zoom, and no image decoder needed.</summary>
    public static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
            for (var column = 0; column < matrix[row].Length; column++)
                if (matrix[row][column]) gfx.DrawRectangle(XBrushes.Black, x + column * module, y + row * module, module + 0.05, module + 0.05);
    }

    /// <summary>Chinese has no spaces to break at: lines break at the character that would overflow.</summary>
    public static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (line.Length > 0 && gfx.MeasureString(line.ToString() + c, font).Width > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(c);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    public static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
