using System.Globalization;

namespace Yincai.Platform;

/// <summary>How instants and dates read on screen: Beijing time, 2026年11月22日 in Chinese, 2026-11-22 in English.</summary>
public static class Display
{
    public static string Time(DateTime utc) =>
        ChinaClock.ToChina(utc).ToString(IsChinese ? "yyyy年M月d日 HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) =>
        date.ToString(IsChinese ? "yyyy年M月d日" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An amount of money: 1,500.00 元 / CNY 1,500.00.</summary>
    public static string Yuan(decimal amount) =>
        IsChinese ? amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元" : "CNY " + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
}
