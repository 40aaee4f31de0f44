using System.Text.Encodings.Web;
using System.Text.Unicode;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

public sealed class SelectOptionsTests
{
    // The app's encoder (PlatformModule): Chinese is written as it is.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(new TextEncoderSettings(UnicodeRanges.All));

    [Fact]
    public void With_AChosenValue_MarksThatOptionOnlyAndLeavesTheKeptOptionsUnmarked()
    {
        var options = SelectOptions.Write([new("华东", "370000", "山东省"), new("华东", "370200", "青岛市"), new(null, "110000", "北京市")], Encoder);

        var chosen = options.With("370200").ToString();
        var none = options.With(null).ToString();
        var unknown = options.With("999999").ToString();

        Assert.Equal("<optgroup label=\"华东\"><option value=\"370000\">山东省</option><option value=\"370200\" selected=\"selected\">青岛市</option>"
            + "</optgroup><option value=\"110000\">北京市</option>", chosen);
        Assert.DoesNotContain("selected", none, StringComparison.Ordinal);
        Assert.Equal(none, unknown);
        Assert.Equal(none, options.ToString()); // choosing one does not change what is kept
    }

    [Fact]
    public void Write_TextAndValuesFromOutside_AreEncodedButAnIndentIsKept()
    {
        var options = SelectOptions.Write([new("<b>", "a\"b", "　　<script>x</script>")], Encoder);

        var html = options.With("a\"b").ToString();

        Assert.Equal("<optgroup label=\"&lt;b&gt;\"><option value=\"a&quot;b\" selected=\"selected\">　　&lt;script&gt;x&lt;/script&gt;</option></optgroup>", html);
    }

    [Fact]
    public void Catalogs_EveryOccupationAndIndustryAPickCanName_AreOffered()
    {
        var occupations = new OccupationCatalog();
        var industries = new IndustryCatalog();

        var occupationValues = occupations.SelectOptions().Select(o => o.Value).ToList();
        var industryValues = industries.SelectOptions().Select(o => o.Value).ToList();

        Assert.Equal(occupations.MiddleGroups.Count() + occupations.All.Count(o => o.IsMinorGroup && !o.Code.EndsWith("-00", StringComparison.Ordinal)), occupationValues.Count);
        Assert.Equal(occupationValues.Count, occupationValues.Distinct().Count());
        Assert.Contains("2-02-10", occupationValues);
        Assert.Equal(industries.Divisions.Select(d => d.Code).Order(), industryValues.Order());
        Assert.Contains("selected=\"selected\">　2-02-10 ", SelectOptions.Write(occupations.SelectOptions(), Encoder).With("2-02-10").ToString(), StringComparison.Ordinal);
    }
}
