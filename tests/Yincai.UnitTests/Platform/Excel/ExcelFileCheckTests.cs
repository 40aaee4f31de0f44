using System.IO.Compression;
using System.Text;
using Yincai.Platform.Excel;

namespace Yincai.UnitTests.Platform.Excel;

/// <summary>Uploads are checked by content before parsing (SECURITY.md §3, Excel import).</summary>
public sealed class ExcelFileCheckTests
{
    private const long Limit = 100L * 1024 * 1024;

    private static async Task<byte[]> WorkbookAsync()
    {
        using var output = new MemoryStream();
        await ExcelWriter.WriteAsync(output, [new ExcelSheet("s", ["a"], [["1"]])], TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        return output.ToArray();
    }

    [Fact]
    public async Task Check_RealWorkbook_IsAccepted()
    {
        Assert.Equal(ExcelFileProblem.None, ExcelFileCheck.Check(await WorkbookAsync(), Limit));
    }

    [Fact]
    public void Check_CsvRenamedToXlsx_IsNotXlsx()
    {
        Assert.Equal(ExcelFileProblem.NotXlsx, ExcelFileCheck.Check(Encoding.UTF8.GetBytes("姓名,身份证号\n张三,110105194912310020\n"), Limit));
    }

    [Fact]
    public void Check_OldBinaryXls_IsNotXlsx()
    {
        byte[] oleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal(ExcelFileProblem.NotXlsx, ExcelFileCheck.Check(oleHeader, Limit));
    }

    [Fact]
    public void Check_ZipWithoutWorkbookPart_IsNotXlsx()
    {
        Assert.Equal(ExcelFileProblem.NotXlsx, ExcelFileCheck.Check(Zip(("word/document.xml", "<w/>"u8.ToArray())), Limit));
    }

    [Fact]
    public void Check_VbaProject_IsRefused()
    {
        var file = Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/vbaProject.bin", [1, 2, 3]));

        Assert.Equal(ExcelFileProblem.HasMacros, ExcelFileCheck.Check(file, Limit));
    }

    [Fact]
    public void Check_ZipBomb_IsTooLarge()
    {
        var file = Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/worksheets/sheet1.xml", new byte[50_000_000]));

        Assert.Equal(ExcelFileProblem.TooLarge, ExcelFileCheck.Check(file, Limit));
    }

    [Fact]
    public async Task Check_UnpackedSizeOverTheLimit_IsTooLarge()
    {
        Assert.Equal(ExcelFileProblem.TooLarge, ExcelFileCheck.Check(await WorkbookAsync(), maxUnpackedBytes: 100));
    }
}
