using System.Text;
using Microsoft.Extensions.Options;
using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Certificates;

namespace Yincai.UnitTests.Modules.Ambassadors;

/// <summary>The PDFs embed the CJK font built into the app, so they need no font on the server or the reader.</summary>
public sealed class AmbassadorDocumentsTests
{
    private static readonly AmbassadorDocuments Documents = new(Options.Create(new AmbassadorsOptions()));

    [Fact]
    [Trait("Rule", "AMB-06")]
    public void Certificate_IsAPdfWithTheChineseFontEmbedded()
    {
        var pdf = Documents.Certificate(new CertificateSheet("山东省", "王小青", "青岛市", "北京大学", "370000-2026-00001", new DateOnly(2026, 3, 1),
            new DateOnly(2028, 6, 30), "http://localhost/Ambassadors/Verify?code=abc"));

        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Contains("FontFile2", text, StringComparison.Ordinal);
        Assert.Contains("+Droid#20Sans#20Fallback", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-11")]
    public void Letter_IsAPdf()
    {
        var pdf = Documents.Letter(new LetterSheet("感 谢 信", "亲爱的王小青同学：", "感谢您为家乡引才工作作出的贡献！\n欢迎常回家看看。", "山东省人力资源和社会保障厅",
            "青岛市人力资源和社会保障局", new DateOnly(2026, 7, 1)));

        Assert.StartsWith("%PDF", Encoding.Latin1.GetString(pdf, 0, 8), StringComparison.Ordinal);
    }

    [Fact]
    public void Printable_AsciiBecomesFullWidth_ForTheEmbeddedFont()
    {
        Assert.Equal("证书编号：３７００００－２０２６－００００１「引才大使」", AmbassadorDocuments.Printable("证书编号：370000-2026-00001“引才大使”"));
    }
}
