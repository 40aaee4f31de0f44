using System.Globalization;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

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

    [Theory]
    [InlineData("2026.06")]
    [InlineData("2026-06")]
    [InlineData("2026/6")]
    [InlineData("2026年6月")]
    [InlineData("2026 年 6 月")]
    public void Date_MonthOnlyWhereAMonthMeansItsFirstDay_IsTheFirstDay(string text)
    {
        var row = Row(null, text, null);

        Assert.Equal(new DateOnly(2026, 6, 1), row.Date(1, required: false, MonthOnly.FirstDay));
        Assert.Empty(row.Errors);
    }

    [Theory]
    [InlineData("2026.02", 2026, 2, 28)]
    [InlineData("2028年2月", 2028, 2, 29)]
    [InlineData("2026/12", 2026, 12, 31)]
    public void Date_MonthOnlyWhereAMonthMeansItsLastDay_IsTheLastDay(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Row(null, text, null).Date(1, required: false, MonthOnly.LastDay));
    }

    [Fact]
    public void Date_MonthTypedIntoANumberCell_IsReadAsThatMonth_ButTheAmbiguousOneIsRefused()
    {
        var june = Row(null, 2026.06, null);
        var januaryOrOctober = Row(null, 2026.1, null);

        Assert.Equal(new DateOnly(2026, 6, 1), june.Date(1, required: false, MonthOnly.FirstDay));
        Assert.Null(januaryOrOctober.Date(1, required: false, MonthOnly.FirstDay));
        Assert.Contains("1 月还是 10 月", Assert.Single(januaryOrOctober.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026.13")]
    [InlineData("2026年0月")]
    public void Date_MonthOutOfRange_IsRefusedNamingBothWritings(string text)
    {
        var row = Row(null, text, null);

        Assert.Null(row.Date(1, required: false, MonthOnly.FirstDay));
        Assert.Equal($"毕业日期：“{text}”不是有效日期，请写成 2026-06-30 或 2026-06 的格式", Assert.Single(row.Errors).Message);
    }

    [Fact]
    public void Date_MonthOnlyWhereADayMatters_IsRefused()
    {
        var row = Row(null, "2026.06", null);

        Assert.Null(row.Date(1, required: false));
        Assert.Single(row.Errors);
    }

    [Fact]
    public void Constructor_CellsHoldingFormulas_AreErrorsNamingRowColumnAndCell()
    {
        var row = new ImportRow(5, Columns, ["点", null, 3d], new Dictionary<int, string> { [0] = "B5" });

        var error = Assert.Single(row.Errors);

        Assert.False(row.IsValid);
        Assert.Equal((5, "身份证号"), (error.Row, error.Field));
        Assert.Equal("第 5 行「身份证号」列（B5）是公式，请粘贴为数值后再导入", error.Message);
    }

    private static readonly RegionLookup Regions = new(
    [
        ("370000", "山东省", null), ("370200", "青岛市", "370000"), ("370202", "市南区", "370200"), ("370211", "黄岛区", "370200"),
        ("220000", "吉林省", null), ("220100", "长春市", "220000"), ("220104", "朝阳区", "220100"),
        ("110000", "北京市", null), ("110105", "朝阳区", "110000"),
    ]);

    private static ImportRow RegionRow(object? cell) => new(4, [new ImportColumn("户籍地区代码", true, "", "")], [cell]);

    [Theory]
    [InlineData("370202")]
    [InlineData(370202d)]
    [InlineData("市南区")]
    [InlineData("青岛市市南区")]
    [InlineData("山东省青岛市市南区")]
    [InlineData("山东省市南区")]
    [InlineData(" 青岛市 市南区 ")]
    public void RegionCode_CodeOrNameOfADivision_IsItsCode(object cell)
    {
        var row = RegionRow(cell);

        Assert.Equal("370202", row.RegionCode(0, required: true, Regions));
        Assert.Empty(row.Errors);
    }

    [Fact]
    public void RegionCode_CityName_IsTheCitysCode()
    {
        Assert.Equal("370200", RegionRow("青岛市").RegionCode(0, required: true, Regions));
    }

    [Fact]
    public void RegionCode_NameOfSeveralDivisions_IsAmbiguousNamingThem_UnlessOnlyOneIsInScope()
    {
        var row = RegionRow("朝阳区");

        Assert.Null(row.RegionCode(0, required: true, Regions));
        Assert.Equal("户籍地区代码：有多个地区名为“朝阳区”（北京市朝阳区、吉林省长春市朝阳区），请写上级地区（如 青岛市市南区）或 6 位代码",
            Assert.Single(row.Errors).Message);
        Assert.Equal("220104", RegionRow("朝阳区").RegionCode(0, required: true, Regions, preferred: RegionScope.ForRegion("220100")));
        Assert.Equal("110105", RegionRow("北京市朝阳区").RegionCode(0, required: true, Regions));
    }

    [Fact]
    public void RegionCode_NameOutsideTheScope_IsOutOfScope()
    {
        var row = RegionRow("长春市朝阳区");

        Assert.Null(row.RegionCode(0, required: true, Regions, within: RegionScope.ForRegion("370200")));
        Assert.Contains("不在您的管辖范围内", Assert.Single(row.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("青岛")]
    [InlineData("999999")]
    public void RegionCode_NeitherCodeNorName_IsUnknown(string text)
    {
        var row = RegionRow(text);

        Assert.Null(row.RegionCode(0, required: true, Regions));
        Assert.Contains("也不是地区名称", Assert.Single(row.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullName_County_ReadsAsAnAddress()
    {
        Assert.Equal("山东省青岛市市南区", Regions.FullName("370202"));
        Assert.Equal("北京市朝阳区", Regions.FullName("110105"));
    }
}
