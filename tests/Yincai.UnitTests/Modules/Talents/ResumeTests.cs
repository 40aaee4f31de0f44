using System.Text;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Profile;

namespace Yincai.UnitTests.Modules.Talents;

public sealed class ResumeTests
{
    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);

    [Fact]
    public void LooksLikePdf_SignatureAndEndMarker_IsTrue() =>
        Assert.True(Resume.LooksLikePdf(Bytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")));

    [Theory]
    [InlineData("Hello, this is a plain text file renamed to .pdf %%EOF")]
    [InlineData("%PDF-1.7 but the file was cut off before its end .......")]
    [InlineData("%PDF-%%EOF")]
    [InlineData("")]
    public void LooksLikePdf_OtherContent_IsFalse(string content) =>
        Assert.False(Resume.LooksLikePdf(Bytes(content)));

    [Fact]
    public void LooksLikePdf_EndMarkerFarFromTheEnd_IsFalse()
    {
        var content = Bytes("%PDF-1.7\n%%EOF\n" + new string(' ', 2000));

        Assert.False(Resume.LooksLikePdf(content));
    }

    [Theory]
    [InlineData("我的简历.pdf", "我的简历.pdf")]
    [InlineData(@"C:\Users\me\cv.PDF", "cv.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("a\"b\r\n.pdf", "ab.pdf")]
    [InlineData(null, "resume.pdf")]
    public void SafeFileName_Uploaded_KeepsANameWithoutPathOrControlCharacters(string? uploaded, string expected) =>
        Assert.Equal(expected, ResumeRecords.SafeFileName(uploaded));

    [Fact]
    public void SkillTags_MixedSeparators_SplitsTrimsAndDropsDuplicates() =>
        Assert.Equal(["Python", "数据分析", "英语六级", "C#"], SkillTags.Parse(" Python、数据分析，英语六级;python ; C#\n"));
}
