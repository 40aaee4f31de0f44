using System.IO.Compression;
using Yincai.Platform.Excel;

namespace Yincai.UnitTests.Platform.Excel;

/// <summary>Exports neutralise what a spreadsheet would run as a formula (ASVS v5 1.2.10, SECURITY.md §3) and
/// stream to a response that takes only asynchronous writes.</summary>
public sealed class ExcelWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\0=1+1")]
    [InlineData("\r=1+1")]
    public void Neutralise_DangerousFirstCharacter_PrefixesApostrophe(string cell)
    {
        var safe = ExcelWriter.Neutralise(cell);

        Assert.Equal("'" + cell, safe);
    }

    [Fact]
    public void Neutralise_NegativeNumber_IsPrefixedToo()
    {
        // ASVS asks for every leading '-': a negative number then reads as text, which is what it asks.
        Assert.Equal("'-5", ExcelWriter.Neutralise("-5"));
    }

    [Theory]
    [InlineData("张*明")]
    [InlineData("4201**********0023")]
    [InlineData("420111200106150023")]
    [InlineData("91350100M000100Y43")]
    [InlineData("a=b")]
    [InlineData(" =1+1")]
    [InlineData("'=already")]
    [InlineData("")]
    public void Neutralise_OrdinaryText_IsUnchanged(string cell)
    {
        Assert.Equal(cell, ExcelWriter.Neutralise(cell));
    }

    [Fact]
    public void Neutralise_Null_StaysNull()
    {
        Assert.Null(ExcelWriter.Neutralise(null));
    }

    [Fact]
    public async Task WriteAsync_SheetWithWatermark_ReadsBackWatermarkHeaderAndNeutralisedCells()
    {
        using var output = new MemoryStream();
        var sheet = new ExcelSheet("名单", ["姓名", "身份证号"],
            [["=cmd|' /C calc'!A0", "4201**********0023"], ["李*", "-5"]], Watermark: "导出人：officer.qd");

        await ExcelWriter.WriteAsync(output, [sheet], Ct);
        output.Position = 0;
        var rows = ExcelReader.ReadRows(output).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal("导出人：officer.qd", rows[0].Cells[0]);
        Assert.Equal(["姓名", "身份证号"], rows[1].Cells);
        Assert.Equal(["'=cmd|' /C calc'!A0", "4201**********0023"], rows[2].Cells);
        Assert.Equal(["李*", "'-5"], rows[3].Cells);
    }

    [Fact]
    public async Task WriteAsync_CellsLookingLikeFormulas_AreWrittenAsTextNeverAsFormulas()
    {
        using var output = new MemoryStream();

        await ExcelWriter.WriteAsync(output, [new ExcelSheet("s", ["a"], [["=1+1"]])], Ct);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await reader.ReadToEndAsync(Ct);

        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.Contains("&apos;=1+1", xml.Replace("'", "&apos;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ResponseThatRefusesSynchronousWrites_GetsTheWholeFile()
    {
        using var inner = new MemoryStream();
        await using var response = new AsyncOnlyStream(inner);
        var rows = Enumerable.Range(1, 5_000).Select(i => (IReadOnlyList<string?>)["行" + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        await ExcelWriter.WriteAsync(response, [new ExcelSheet("s", ["名称", "序号"], rows)], Ct);
        inner.Position = 0;

        Assert.Equal(5_001, ExcelReader.ReadRows(inner).Count());
    }

    /// <summary>Like Kestrel's response body: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
