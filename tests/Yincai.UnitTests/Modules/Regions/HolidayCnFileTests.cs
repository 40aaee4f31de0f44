using System.Text;
using Yincai.Modules.Regions;

namespace Yincai.UnitTests.Modules.Regions;

public sealed class HolidayCnFileTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "TestFiles", "holidays-2027-sample.json");

    private static (HolidayCnFile? File, IReadOnlyList<HolidayFileProblem> Problems) Parse(string json) =>
        HolidayCnFile.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_Sample2027_ReadsTheYearAndEveryDay()
    {
        var (file, problems) = HolidayCnFile.Parse(File.ReadAllBytes(Sample));

        Assert.Empty(problems);
        Assert.Equal(2027, file!.Year);
        Assert.Equal(37, file.Days.Count);
        Assert.Contains(new CalendarDay(new DateOnly(2027, 10, 9), false, "国庆节", 2027), file.Days);
        Assert.Single(file.Papers);
    }

    [Fact]
    public void Parse_EmptyDays_IsRefusedNotLoadedAsAYearWithoutHolidays()
    {
        // holiday-cn's 2027.json as it stood before the notice: loading it would make every 2027 date "known".
        var (file, problems) = Parse("""{ "year": 2027, "papers": [], "days": [] }""");

        Assert.Null(file);
        Assert.Equal(("days", "Calendar_Error_DaysEmpty"), (problems[0].Field, problems[0].Key));
    }

    [Fact]
    public void Parse_BadRows_NamesEachFieldAndLoadsNothing()
    {
        var (file, problems) = Parse("""
            { "year": 2027, "papers": [], "days": [
              { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
              { "name": "", "date": "2027-13-01", "isOffDay": "yes" },
              { "name": "国庆节", "date": "2028-10-01", "isOffDay": true },
              { "name": "元旦", "date": "2027-01-01", "isOffDay": true }
            ] }
            """);

        Assert.Null(file);
        Assert.Equal(["days[1].name", "days[1].date", "days[1].isOffDay", "days[2].date", "days[3].date"], problems.Select(p => p.Field));
        Assert.Equal(["Calendar_Error_Name", "Calendar_Error_Date", "Calendar_Error_IsOffDay", "Calendar_Error_DateYear", "Calendar_Error_Duplicate"],
            problems.Select(p => p.Key));
    }

    [Fact]
    public void Parse_DecemberOfThePreviousYear_BelongsToTheNotice()
    {
        // 2019's notice lists 2018-12-29 to 12-31 (元旦).
        var (file, problems) = Parse("""{ "year": 2019, "days": [ { "name": "元旦", "date": "2018-12-30", "isOffDay": true } ] }""");

        Assert.Empty(problems);
        Assert.Equal(2019, file!.Days[0].NoticeYear);
    }

    [Theory]
    [InlineData("not json", "", "Calendar_Error_NotJson")]
    [InlineData("[]", "", "Calendar_Error_NotObject")]
    [InlineData("""{ "year": "2027", "days": [] }""", "year", "Calendar_Error_Year")]
    [InlineData("""{ "year": 2027, "days": {} }""", "days", "Calendar_Error_Days")]
    public void Parse_WrongShape_SaysWhatIsWrong(string json, string field, string key)
    {
        var (file, problems) = Parse(json);

        Assert.Null(file);
        Assert.Equal((field, key), (problems[0].Field, problems[0].Key));
    }
}
