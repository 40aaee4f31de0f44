using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Yincai.Platform.Documents;
using static Yincai.Platform.Documents.PdfSheet;

namespace Yincai.Modules.Ambassadors.Certificates;

/// <summary>What a certificate PDF shows.</summary>
public sealed record CertificateSheet(string ProvinceName, string HolderName, string CityName, string SchoolName, string Number,
    DateOnly IssuedOn, DateOnly ExpiresOn, string VerifyUrl);

/// <summary>What a letter PDF shows.</summary>
public sealed record LetterSheet(string Title, string Salutation, string Body, string Signature, string? RecommendingCity, DateOnly On);

/// <summary>
/// The certificate (with a QR code of its public verification link) and the letters as A4 PDFs, the Chinese font embedded
/// (<see cref="AmbassadorsOptions.FontPath"/>), so they print the same anywhere.
/// </summary>
public sealed class AmbassadorDocuments(IOptions<AmbassadorsOptions> options)
{
    public byte[] Certificate(CertificateSheet sheet)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = sheet.ProvinceName + "校园青年引才大使证书 " + sheet.Number;
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(297);
        page.Height = XUnit.FromMillimeter(210);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var (w, h) = (page.Width.Point, page.Height.Point);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(178, 34, 34), 6), 24, 24, w - 48, h - 48);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(200, 160, 60), 1.5), 36, 36, w - 72, h - 72);
            var title = Font(30, bold: true);
            var body = Font(15);
            var small = Font(11);
            Draw(gfx, "证  书", title, XBrushes.DarkRed, new XRect(0, 70, w, 40), XStringFormats.Center);
            Draw(gfx, "CERTIFICATE", small, XBrushes.DarkRed, new XRect(0, 108, w, 20), XStringFormats.Center);
            var text = $"{sheet.HolderName} 同志：经{sheet.CityName}邀约推荐、{sheet.ProvinceName}人力资源和社会保障厅备案，" +
                $"聘请您为“{sheet.ProvinceName}校园青年引才大使”（{sheet.SchoolName}）。感谢您为家乡引才工作贡献力量！";
            var y = 150.0;
            foreach (var line in Wrap(gfx, Printable(text), body, w - 340))
            {
                Draw(gfx, line, body, XBrushes.Black, new XPoint(100, y));
                y += 26;
            }
            y += 10;
            Draw(gfx, $"证书编号：{sheet.Number}", body, XBrushes.Black, new XPoint(100, y));
            Draw(gfx, $"发证日期：{sheet.IssuedOn:yyyy年M月d日}", body, XBrushes.Black, new XPoint(100, y + 26));
            Draw(gfx, $"有效期至：{sheet.ExpiresOn:yyyy年M月d日}", body, XBrushes.Black, new XPoint(100, y + 52));
            Draw(gfx, $"{sheet.ProvinceName}人力资源和社会保障厅", body, XBrushes.Black, new XRect(0, h - 120, w - 110, 20), XStringFormats.CenterRight);
            Draw(gfx, $"{sheet.IssuedOn:yyyy年M月d日}", body, XBrushes.Black, new XRect(0, h - 94, w - 110, 20), XStringFormats.CenterRight);

            DrawQr(gfx, sheet.VerifyUrl, w - 210, 140, 120);
            Draw(gfx, "扫码验证证书", small, XBrushes.Black, new XRect(w - 210, 262, 120, 16), XStringFormats.Center);
        }
        return Save(document);
    }

    public byte[] Letter(LetterSheet sheet)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = sheet.Title;
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var w = page.Width.Point;
            var body = Font(13);
            Draw(gfx, sheet.Title, Font(24, bold: true), XBrushes.DarkRed, new XRect(0, 80, w, 40), XStringFormats.Center);
            var y = 160.0;
            Draw(gfx, sheet.Salutation, body, XBrushes.Black, new XPoint(72, y));
            y += 30;
            foreach (var paragraph in sheet.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var line in Wrap(gfx, Printable("　　" + paragraph.Trim()), body, w - 144))
                {
                    Draw(gfx, line, body, XBrushes.Black, new XPoint(72, y));
                    y += 22;
                }
                y += 6;
            }
            y += 40;
            Draw(gfx, sheet.Signature, body, XBrushes.Black, new XRect(0, y, w - 72, 20), XStringFormats.CenterRight);
            if (sheet.RecommendingCity is { } city)
                Draw(gfx, "推荐单位：" + city, body, XBrushes.Black, new XRect(0, y + 24, w - 72, 20), XStringFormats.CenterRight);
            Draw(gfx, $"{sheet.On:yyyy年M月d日}", body, XBrushes.Black, new XRect(0, y + 48, w - 72, 20), XStringFormats.CenterRight);
        }
        return Save(document);
    }

    private void EnsureFonts() => PdfSheet.EnsureFonts(options.Value.FontPath);

    /// <summary>See <see cref="PdfSheet.Printable"/>.</summary>
    public static string Printable(string text) => PdfSheet.Printable(text);
}
