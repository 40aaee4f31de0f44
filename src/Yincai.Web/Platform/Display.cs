using System.Globalization;

namespace Yincai.Platform;

/// <summary>How instants and dates read on screen: Beijing time, 2026年11月22日 in Chinese, 2026-11-22 in English.</summary>
public static class Display
{
    // The platform serves China: stored UTC instants are shown in China Standard Time (no daylight saving).
    private static readonly TimeZoneInfo China = FindChina();

    public static string Time(DateTime utc) =>
        ToBeijing(utc).ToString(IsChinese ? "yyyy年M月d日 HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A stored UTC instant as wall-clock time in China (file names, watermarks).</summary>
    public static DateTime ToBeijing(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    public static string Date(DateOnly date) =>
        date.ToString(IsChinese ? "yyyy年M月d日" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    private static TimeZoneInfo FindChina()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "CST");
        }
    }
}
