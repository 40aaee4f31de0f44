using Yincai.Modules.Regions;

namespace Yincai.UnitTests.Modules.Regions;

public sealed class WorkingDayCalendarTests
{
    // The real State Council arrangement shipped with the app (holidays-2019-2027.csv).
    private static readonly WorkingDayCalendar Calendar = new(HolidayCsv.LoadEmbedded());

    private static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd");

    [Fact]
    public void AddWorkingDays_FiveAfterNationalDayEve2026_EndsOnOctoberThirteenth()
    {
        var start = D("2026-09-30");

        var end = Calendar.AddWorkingDays(start, 5).Value;

        Assert.Equal(D("2026-10-13"), end); // 10-08, 10-09, 10-10 (adjusted Saturday), 10-12, 10-13
    }

    [Theory]
    [InlineData("2026-10-10")] // National Day 2026, Saturday
    [InlineData("2026-09-20")] // National Day 2026, Sunday
    [InlineData("2026-02-14")] // Spring Festival 2026, Saturday
    [InlineData("2026-02-28")] // Spring Festival 2026, Saturday
    [InlineData("2024-02-04")] // Spring Festival 2024, Sunday
    [InlineData("2024-02-18")] // Spring Festival 2024, Sunday
    [InlineData("2025-09-28")] // National Day 2025, Sunday
    [InlineData("2025-10-11")] // National Day 2025, Saturday
    public void IsWorkingDay_AdjustedWeekendWorkingDay_ReturnsTrue(string date)
    {
        var isWorkingDay = Calendar.IsWorkingDay(D(date)).Value;

        Assert.True(isWorkingDay);
    }

    [Theory]
    [InlineData("2026-02-16")] // Spring Festival 2026, Monday
    [InlineData("2026-02-17")] // 春节 2026 (初一), Tuesday
    [InlineData("2026-02-23")] // Spring Festival 2026, last day off, Monday
    [InlineData("2024-02-12")] // Spring Festival 2024, Monday
    [InlineData("2025-10-08")] // National Day 2025, Wednesday
    [InlineData("2026-10-01")] // National Day 2026, Thursday
    public void IsWorkingDay_StatutoryDayOffOnWeekday_ReturnsFalse(string date)
    {
        var isWorkingDay = Calendar.IsWorkingDay(D(date)).Value;

        Assert.False(isWorkingDay);
    }

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2026-03-08")] // Sunday
    [InlineData("2025-11-15")] // Saturday
    public void IsWorkingDay_PlainWeekend_ReturnsFalse(string date)
    {
        var isWorkingDay = Calendar.IsWorkingDay(D(date)).Value;

        Assert.False(isWorkingDay);
    }

    [Theory]
    [InlineData("2026-02-24")] // first weekday after Spring Festival 2026
    [InlineData("2024-02-09")] // Friday, New Year's Eve 2024, not a day off that year
    [InlineData("2026-03-09")] // plain Monday
    public void IsWorkingDay_PlainWeekday_ReturnsTrue(string date)
    {
        var isWorkingDay = Calendar.IsWorkingDay(D(date)).Value;

        Assert.True(isWorkingDay);
    }

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-14")] // Friday → adjusted Saturday
    [InlineData("2026-02-14", 1, "2026-02-24")] // over the nine days off
    [InlineData("2026-02-13", 6, "2026-02-28")] // 14, 24, 25, 26, 27, 28
    [InlineData("2024-02-09", 1, "2024-02-18")] // Friday → adjusted Sunday after the holiday
    [InlineData("2024-02-08", 2, "2024-02-18")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-30", 3, "2025-10-11")] // 09, 10, 11 (adjusted Saturday)
    [InlineData("2025-09-26", 1, "2025-09-28")] // Friday → adjusted Sunday
    public void AddWorkingDays_AcrossHoliday_SkipsDaysOffAndCountsAdjustedDays(string start, int workingDays, string expected)
    {
        var end = Calendar.AddWorkingDays(D(start), workingDays).Value;

        Assert.Equal(D(expected), end);
    }

    [Theory]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    [InlineData("2025-09-29", -1, "2025-09-28")] // back onto the adjusted Sunday
    [InlineData("2026-02-24", -1, "2026-02-14")]
    [InlineData("2026-10-13", -5, "2026-09-30")]
    public void AddWorkingDays_Negative_GoesBackwards(string start, int workingDays, string expected)
    {
        var end = Calendar.AddWorkingDays(D(start), workingDays).Value;

        Assert.Equal(D(expected), end);
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStartEvenOnDayOff()
    {
        var start = D("2026-10-01");

        var end = Calendar.AddWorkingDays(start, 0).Value;

        Assert.Equal(start, end);
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-28", 6)] // Spring Festival 2026
    [InlineData("2024-02-08", "2024-02-18", 2)] // Spring Festival 2024: 02-09 and 02-18
    [InlineData("2025-09-26", "2025-10-12", 6)] // National Day 2025: 28, 29, 30, 09, 10, 11
    [InlineData("2026-09-30", "2026-10-13", 5)]
    [InlineData("2026-03-06", "2026-03-13", 5)] // an ordinary week
    [InlineData("2026-03-06", "2026-03-06", 0)]
    public void CountWorkingDays_AcrossHoliday_CountsOnlyWorkingDays(string fromExclusive, string toInclusive, int expected)
    {
        var count = Calendar.CountWorkingDays(D(fromExclusive), D(toInclusive)).Value;

        Assert.Equal(expected, count);
    }

    [Fact]
    public void CountWorkingDays_ToBeforeFrom_ReturnsNegativeOfReverse()
    {
        var (from, to) = (D("2026-10-13"), D("2026-09-30"));

        var count = Calendar.CountWorkingDays(from, to).Value;

        Assert.Equal(-5, count);
    }

    [Fact]
    public void CountWorkingDays_OfAddWorkingDaysForward_ReturnsTheCount()
    {
        var starts = Enumerable.Range(0, 1096).Select(i => D("2024-01-01").AddDays(i)).ToList();

        var mismatches = starts
            .SelectMany(start => new[] { 0, 1, 5, 12, 30 }.Select(n => (start, n)))
            .Where(x => Calendar.CountWorkingDays(x.start, Calendar.AddWorkingDays(x.start, x.n).Value).Value != x.n)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void CountWorkingDays_OfAddWorkingDaysBackFromWorkingDay_ReturnsTheCount()
    {
        var starts = Enumerable.Range(0, 1096).Select(i => D("2024-01-01").AddDays(i)).Where(d => Calendar.IsWorkingDay(d).Value).ToList();

        var mismatches = starts
            .SelectMany(start => new[] { -1, -5, -12, -30 }.Select(n => (start, n)))
            .Where(x => Calendar.CountWorkingDays(x.start, Calendar.AddWorkingDays(x.start, x.n).Value).Value != x.n)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void CountWorkingDays_BackFromDayOff_CountsOneLess()
    {
        var start = D("2026-10-01"); // National Day, off

        var count = Calendar.CountWorkingDays(start, Calendar.AddWorkingDays(start, -1).Value).Value;

        Assert.Equal(0, count); // (2026-09-30, 2026-10-01] holds no working day
    }

    [Fact]
    public void CountWorkingDays_Year2026_MatchesPublishedArrangement()
    {
        var (from, to) = (D("2025-12-31"), D("2026-12-31"));

        var count = Calendar.CountWorkingDays(from, to).Value;

        Assert.Equal(248, count); // 261 weekdays − 19 days off on weekdays (33 less 14 on weekends) + 6 adjusted days
    }

    [Theory]
    [InlineData(2026, true)]
    [InlineData(2019, true)]
    [InlineData(2027, false)]
    [InlineData(2030, false)]
    public void Covers_Year_TellsWhetherArrangementIsLoaded(int year, bool expected)
    {
        var covers = Calendar.Covers(year);

        Assert.Equal(expected, covers);
    }

    [Fact]
    public void Constructor_SameDateOffAndWorking_Throws()
    {
        var days = new[] { new CalendarDay(D("2026-10-01"), true), new CalendarDay(D("2026-10-01"), false) };

        var act = () => new WorkingDayCalendar(days);

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void LoadEmbedded_ShippedFile_ReturnsEveryRow()
    {
        var days = HolidayCsv.LoadEmbedded();

        Assert.Equal(286, days.Count); // holidays-SOURCE.md
        Assert.Equal(new CalendarDay(D("2018-12-29"), false, "元旦", 2019), days[0]);
        Assert.Equal(new CalendarDay(D("2026-10-10"), false, "国庆节", 2026), days[^1]);
    }

    [Fact]
    public void Parse_BlankLinesAndCrLf_IgnoresBlankLines()
    {
        var csv = "date,name,is_off_day,source_year_file\r\n2026-10-01,国庆节,true,2026\r\n\r\n2026-10-10,国庆节,false,2026\r\n";

        var days = HolidayCsv.Parse(new StringReader(csv));

        Assert.Equal([new CalendarDay(D("2026-10-01"), true, "国庆节", 2026), new CalendarDay(D("2026-10-10"), false, "国庆节", 2026)], days);
    }

    [Theory]
    [InlineData("2026-10-01,国庆节,true")]
    [InlineData("2026-13-01,国庆节,true,2026")]
    [InlineData("2026-10-01,国庆节,yes,2026")]
    public void Parse_MalformedLine_ThrowsWithLineNumber(string badLine)
    {
        var csv = $"date,name,is_off_day,source_year_file\n2026-09-30,国庆节,false,2026\n\n{badLine}\n";

        var exception = Assert.Throws<FormatException>(() => HolidayCsv.Parse(new StringReader(csv)));

        Assert.StartsWith("Line 4:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingHeader_Throws()
    {
        var csv = "2026-10-01,国庆节,true,2026\n";

        var act = () => HolidayCsv.Parse(new StringReader(csv));

        Assert.Throws<FormatException>(act);
    }

    [Fact]
    public void AddWorkingDays_IntoAYearNotLoaded_SaysItEstimated()
    {
        // The shipped 2027 file is empty: National Day 2027 is unknown, so the count runs Monday to Friday.
        var answer = Calendar.AddWorkingDays(D("2027-09-30"), 5);

        Assert.False(answer.Known);
        Assert.Equal([2027], answer.UnknownYears);
        Assert.Equal(D("2027-10-07"), answer.Value);
    }

    [Fact]
    public void AddWorkingDays_AcrossNewYearIntoAYearNotLoaded_NamesThatYear()
    {
        var answer = Calendar.AddWorkingDays(D("2026-12-28"), 5);

        Assert.Equal([2027], answer.UnknownYears);
    }

    [Fact]
    public void AddWorkingDays_WithinLoadedYears_IsKnown()
    {
        var answer = Calendar.AddWorkingDays(D("2026-09-30"), 5);

        Assert.True(answer.Known);
    }

    [Fact]
    public void IsWorkingDay_WeekdayOfAYearNotLoaded_IsNotKnown()
    {
        var answer = Calendar.IsWorkingDay(D("2030-10-01")); // a Tuesday, almost certainly National Day

        Assert.False(answer.Known);
    }

    [Fact]
    public void CountWorkingDays_Backwards_KeepsTheUnknownYears()
    {
        var answer = Calendar.CountWorkingDays(D("2027-01-10"), D("2026-12-20"));

        Assert.Equal([2027], answer.UnknownYears);
        Assert.True(answer.Value < 0);
    }

    [Fact]
    public void Constructor_Sample2027Loaded_Counts2027ByItsArrangement()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "TestFiles", "holidays-2027-sample.json");
        var (file, _) = HolidayCnFile.Parse(File.ReadAllBytes(sample));
        var calendar = new WorkingDayCalendar(HolidayCsv.LoadEmbedded().Concat(file!.Days));

        var answer = calendar.AddWorkingDays(D("2027-09-30"), 5);

        Assert.True(answer.Known);
        Assert.Equal(D("2027-10-13"), answer.Value); // 10-08, 10-09 (adjusted Saturday), 10-11, 10-12, 10-13
    }
}
