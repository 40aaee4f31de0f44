using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Yincai.Platform.Documents.PdfSheet;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>What a station's certificate (the plaque's paper form) shows.</summary>
public sealed record StationCertificateSheet(string Plaque, string Authority, string StationName, string OrganisationName, string Number,
    DateOnly NamedOn, string VerifyUrl, bool Revoked);

/// <summary>The certificate of a named station as an A4 landscape PDF with a QR code of its public check (STN-06, RET-07).</summary>
public sealed class StationDocuments
{
    public byte[] Certificate(StationCertificateSheet sheet)
    {
        EnsureFonts(null);
        using var document = new PdfDocument();
        document.Info.Title = sheet.Plaque + " " + sheet.Number;
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(297);
        page.Height = XUnit.FromMillimeter(210);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var (w, h) = (page.Width.Point, page.Height.Point);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(178, 34, 34), 6), 24, 24, w - 48, h - 48);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(200, 160, 60), 1.5), 36, 36, w - 72, h - 72);
            var body = Font(15);
            Draw(gfx, sheet.Plaque, Font(34, bold: true), XBrushes.DarkRed, new XRect(0, 70, w, 44), XStringFormats.Center);
            var text = $"{sheet.OrganisationName}：经申报、审核、社会公示和审定，{sheet.StationName}被命名为“{sheet.Plaque}”。特发此证。";
            var y = 160.0;
            foreach (var line in Wrap(gfx, Printable(text), body, w - 340))
            {
                Draw(gfx, line, body, XBrushes.Black, new XPoint(100, y));
                y += 26;
            }
            Draw(gfx, $"证书编号：{sheet.Number}", body, XBrushes.Black, new XPoint(100, y + 16));
            Draw(gfx, $"命名日期：{sheet.NamedOn:yyyy年M月d日}", body, XBrushes.Black, new XPoint(100, y + 42));
            foreach (var (line, index) in Wrap(gfx, Printable(sheet.Authority), body, w - 380).Select((l, i) => (l, i)))
                Draw(gfx, line, body, XBrushes.Black, new XRect(0, h - 140 + index * 22, w - 110, 20), XStringFormats.CenterRight);
            if (sheet.Revoked) Draw(gfx, "已撤销", Font(40, bold: true), XBrushes.Red, new XRect(0, h / 2 - 20, w, 40), XStringFormats.Center);
            DrawQr(gfx, sheet.VerifyUrl, w - 210, 140, 120);
            Draw(gfx, "扫码验证", Font(11), XBrushes.Black, new XRect(w - 210, 262, 120, 16), XStringFormats.Center);
        }
        return Save(document);
    }
}
