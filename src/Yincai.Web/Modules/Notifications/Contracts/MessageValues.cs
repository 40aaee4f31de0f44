using System.Globalization;
using Yincai.Platform;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>
/// How dates, times, amounts and numbers go into a message's values: written once and read in every language, so the same in
/// each (2026-11-22, 2026-11-22 14:30 Beijing time, 1,500.00). A word that differs between languages is not a value: it
/// belongs in the kind's template.
/// </summary>
public static class MessageValues
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as the time in Beijing.</summary>
    public static string Time(DateTime utc) => ChinaClock.ToChina(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An amount of yuan, two decimals, thousands separated (the template says 元 / CNY).</summary>
    public static string Yuan(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
