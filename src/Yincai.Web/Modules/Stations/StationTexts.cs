using System.Globalization;
using System.Resources;

namespace Yincai.Modules.Stations;

/// <summary>Record texts, in Chinese: the reader is not the one making the request, and the platform's default is zh-CN.</summary>
internal static class StationTexts
{
    private static readonly ResourceManager Text = new(typeof(StationsResource));
    private static readonly CultureInfo Chinese = new("zh-CN");

    public static string Anonymous => Format("Text_Anonymous");
    public static string StaffNameMissing => Format("Text_StaffNameMissing");
    public static string StaffRoleMissing => Format("Text_StaffRoleMissing");
    public static string StaffDegreeMissing => Format("Text_StaffDegreeMissing");
    public static string MobileLabel => Format("Field_TalentMobile");
    public static string EvaluationSummary(int year, double average, bool passed) =>
        Format(passed ? "Text_EvaluationPassed" : "Text_EvaluationFailed", year, Average(average));

    /// <summary>The experts' average as texts and messages write it (85.5), the same in every language.</summary>
    public static string Average(double average) => average.ToString("0.#", CultureInfo.InvariantCulture);

    public static string LodgingDetail(int nights, long nightlyFen) => Format("Text_LodgingDetail", nights, (nightlyFen / 100m).ToString("0.##", Chinese));

    private static string Format(string key, params object[] arguments) =>
        string.Format(Chinese, Text.GetString(key, Chinese) ?? key, arguments);
}
