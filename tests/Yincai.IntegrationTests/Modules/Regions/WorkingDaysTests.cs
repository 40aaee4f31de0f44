
namespace Yincai.IntegrationTests.Modules.Regions;

/// <summary>The <see cref="WorkingDays"/> service as the app registers it: reading the calendar from the database.</summary>
public sealed class WorkingDaysTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WorkingDays Service => app.Services.GetRequiredService<WorkingDays>();

    [Fact]
    public async Task AddAsync_FiveAfterNationalDayEve2026_EndsOnOctoberThirteenth()
    {
        var start = new DateOnly(2026, 9, 30);

        var end = (await Service.AddAsync(start, 5, Ct)).Value;

        Assert.Equal(new DateOnly(2026, 10, 13), end); // 10-08, 10-09, 10-10 (adjusted Saturday), 10-12, 10-13
    }

    [Fact]
    public async Task CountAsync_AcrossSpringFestival2026_CountsAdjustedSaturdaysAndSkipsDaysOff()
    {
        // Days off 02-15 (Sun) to 02-23 (Mon); adjusted working Saturdays 02-14 and 02-28.
        var fromExclusive = new DateOnly(2026, 2, 13);
        var toInclusive = new DateOnly(2026, 2, 28);

        var count = (await Service.CountAsync(fromExclusive, toInclusive, Ct)).Value;

        Assert.Equal(6, count); // 02-14, 02-24, 02-25, 02-26, 02-27, 02-28; Monday-to-Friday alone would give 10
    }

    [Fact]
    public async Task AddAsync_OneAfterFridayBeforeSpringFestival2026_LandsOnAdjustedSaturday()
    {
        var start = new DateOnly(2026, 2, 13);

        var next = (await Service.AddAsync(start, 1, Ct)).Value;

        Assert.Equal(new DateOnly(2026, 2, 14), next);
    }

    [Theory]
    [InlineData("2026-02-14", true)]  // adjusted working Saturday
    [InlineData("2026-02-17", false)] // 初一, Tuesday
    [InlineData("2026-02-23", false)] // last day off, Monday
    [InlineData("2026-02-24", true)]  // first day back, Tuesday
    public async Task IsWorkingDayAsync_SpringFestival2026_FollowsTheArrangement(string date, bool expected)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd");

        var isWorkingDay = (await Service.IsWorkingDayAsync(day, Ct)).Value;

        Assert.Equal(expected, isWorkingDay);
    }

    [Fact]
    public async Task AddAsync_IntoAYearNotLoaded_SaysItIsAnEstimateAndWarnsWithTheDate()
    {
        var start = new DateOnly(2027, 9, 30); // the shipped 2027 file is empty: not published when it was taken
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");

        var answer = await Service.AddAsync(start, 5, Ct);
        var warning = Service.Warning(answer, answer.Value);

        Assert.False(answer.Known);
        Assert.Equal([2027], answer.UnknownYears);
        Assert.Equal("2027年的节假日安排尚未载入，2027年10月7日是按周一至周五估算的，请在安排公布并载入后核对。", warning);
    }

    [Fact]
    public async Task AddAsync_WithinLoadedYears_HasNoWarning()
    {
        var answer = await Service.AddAsync(new DateOnly(2026, 9, 30), 5, Ct);

        Assert.True(answer.Known);
        Assert.Null(Service.Warning(answer, answer.Value));
    }
}
