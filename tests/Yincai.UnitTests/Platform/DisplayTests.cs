using System.Globalization;
using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("zh-CN", "2026年11月23日 02:30")]
    [InlineData("en", "2026-11-23 02:30")]
    public void Time_UtcEvening_ReadsAsNextMorningInBeijing(string culture, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var shown = Display.Time(new DateTime(2026, 11, 22, 18, 30, 0, DateTimeKind.Utc));

            Assert.Equal(expected, shown);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
