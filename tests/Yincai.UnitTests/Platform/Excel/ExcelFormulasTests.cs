using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Yincai.Platform.Excel;

namespace Yincai.UnitTests.Platform.Excel;

/// <summary>An import reads a formula's cached value; the sheet's XML tells which cells are formulas so they can be refused.</summary>
public sealed class ExcelFormulasTests
{
    /// <summary>A MiniExcel workbook whose cell <paramref name="reference"/> is turned into a formula, its cached value kept,
    /// as Excel saves a formula cell.</summary>
    public static byte[] WithFormula(IEnumerable<object?[]> rows, string reference, string formula)
    {
        using var written = new MemoryStream();
        MiniExcel.SaveAs(written, rows.Select(r => r.Select((v, i) => (Key: ExcelFormulas.Reference(i, 1)[..^1], v)).ToDictionary(x => x.Key, x => x.v)),
            printHeader: false);
        using var stream = new MemoryStream();
        stream.Write(written.ToArray());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var start = xml.IndexOf($"r=\"{reference}\"", StringComparison.Ordinal);
            var close = xml.IndexOf('>', start) + 1;
            xml = xml[..close] + $"<x:f>{formula}</x:f>" + xml[close..];
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return stream.ToArray();
    }

    [Fact]
    public void ReadRows_FormulaCell_IsMarkedWithItsCachedValue()
    {
        var file = WithFormula([["姓名", "身份证号"], ["张三", "x"], ["点", "y"]], "A3", "LEFT(\"点点\",1)");

        var rows = ExcelReader.ReadRows(new MemoryStream(file)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.False(rows[1].IsFormula(0));
        Assert.True(rows[2].IsFormula(0));
        Assert.False(rows[2].IsFormula(1));
        Assert.Equal("点", rows[2].Cells[0]);
    }

    [Theory]
    [InlineData(0, 5, "A5")]
    [InlineData(1, 5, "B5")]
    [InlineData(25, 1, "Z1")]
    [InlineData(26, 12, "AA12")]
    public void Reference_ColumnAndRow_IsAsExcelShowsIt(int column, int row, string reference)
    {
        Assert.Equal(reference, ExcelFormulas.Reference(column, row));
    }

    [Fact]
    public void Apply_TextColumns_AreFormattedAsTextForRowsStillToBeTyped()
    {
        using var written = new MemoryStream();
        MiniExcel.SaveAs(written, new[] { new Dictionary<string, object?> { ["A"] = "姓名", ["B"] = "身份证号" } }, printHeader: false);

        var file = ExcelTextColumns.Apply(written.ToArray(), [1]);

        using var zip = new ZipArchive(new MemoryStream(file));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open()).ReadToEnd();
        Assert.Matches("<x:col min=\"2\" max=\"2\"[^>]*style=\"", sheet);
        Assert.Contains("numFmtId=\"49\"", styles, StringComparison.Ordinal);
        Assert.Equal(2, ExcelReader.ReadRows(new MemoryStream(file)).Single().Cells.Count);
    }
}
