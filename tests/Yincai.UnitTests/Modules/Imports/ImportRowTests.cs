using System.Globalization;
using Yincai.Modules.Imports.Contracts;

namespace Yincai.UnitTests.Modules.Imports;

/// <summary>Reading cells of an import row: every problem named by row and column header, in Chinese.</summary>
public sealed class ImportRowTests
{
    private static readonly ImportColumn[] Columns =
        [new("身份证号", true, "", ""), new("毕业日期", false, "", ""), new("招聘人数", true, "", "")];

    private static ImportRow Row(params object?[] cells) => new(7, Columns, cells);

    public ImportRowTests() => CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    [Fact]
    public void Code_IdNumberTypedAsNumber_IsRefusedNotConverted()
    {
        var row = Row(4.2011120010615E+17, null, 1d);

        var value = row.Code(0, required: true);

        Assert.Null(value);
        var error = Assert.Single(row.Errors);
        Assert.Equal((7, "身份证号"), (error.Row, error.Field));
        Assert.Contains("文本", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-06-30")]
    [InlineData("2026/6/30")]
    [InlineData("2026.6.30")]
    [InlineData("20260630")]
    [InlineData("2026年6月30日")]
    public void Date_CommonWritings_AreRead(string text)
    {
        Assert.Equal(new DateOnly(2026, 6, 30), Row(null, text, null).Date(1, required: false));
    }

    [Fact]
    public void Date_ExcelDateCellOrSerialNumber_IsRead()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), Row(null, new DateTime(2026, 6, 30), null).Date(1, required: false));
        Assert.Equal(new DateOnly(2026, 6, 30), Row(null, new DateTime(2026, 6, 30).ToOADate(), null).Date(1, required: false));
    }

    [Fact]
    public void Date_Nonsense_NamesTheColumnAndTheValue()
    {
        var row = Row(null, "明年六月", null);

        Assert.Null(row.Date(1, required: false));
        Assert.Equal("毕业日期：“明年六月”不是有效日期，请写成 2026-06-30 的格式", Assert.Single(row.Errors).Message);
    }

    [Fact]
    public void Integer_MissingRequiredValue_IsAnError()
    {
        var row = Row(null, null, "  ");

        Assert.Null(row.Integer(2, required: true, 1, 10));
        Assert.Equal(("招聘人数", "招聘人数：不能为空"), (Assert.Single(row.Errors).Field, row.Errors[0].Message));
    }

    [Fact]
    public void IsRepeated_SameKeyOnALaterRow_NamesTheFirstRow()
    {
        var pass = new ImportPass(write: false, Guid.NewGuid(), DateTime.UtcNow);
        var first = new ImportRow(2, Columns, []);
        var second = new ImportRow(9, Columns, []);

        Assert.False(first.IsRepeated(pass, 0, "k"));
        Assert.True(second.IsRepeated(pass, 0, "k"));
        Assert.Equal("身份证号：与第 2 行重复", Assert.Single(second.Errors).Message);
    }
}
