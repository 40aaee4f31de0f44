using System.Globalization;
using System.Resources;

namespace Yincai.Modules.Stations;

/// <summary>Inbox messages and record texts, in Chinese: the reader is not the one making the request, and the platform's
/// default is zh-CN.</summary>
internal static class StationTexts
{
    private static readonly ResourceManager Text = new(typeof(StationsResource));
    private static readonly CultureInfo Chinese = new("zh-CN");

    public static string Anonymous => Format("Text_Anonymous");
    public static string StaffNameMissing => Format("Text_StaffNameMissing");
    public static string StaffRoleMissing => Format("Text_StaffRoleMissing");
    public static string StaffDegreeMissing => Format("Text_StaffDegreeMissing");
    public static string MobileLabel => Format("Field_TalentMobile");
    public static string ReferredTitle(string station) => Format("Inbox_ReferredTitle", station);
    public static string ReferredBody(string station, string job) => Format("Inbox_ReferredBody", station, job);
    public static string EvaluationSummary(int year, double average, bool passed) =>
        Format(passed ? "Text_EvaluationPassed" : "Text_EvaluationFailed", year, average.ToString("0.#", Chinese));
    public static string RevokedTitle(string station) => Format("Inbox_RevokedTitle", station);
    public static string PassedEvaluationTitle(string station, int year) => Format("Inbox_EvaluationPassedTitle", station, year);
    public static string PlanApprovedTitle(string station, int year) => Format("Inbox_PlanApprovedTitle", station, year);
    public static string PlanApprovedBody(string host) => Format("Inbox_PlanApprovedBody", host);
    public static string PlanReturnedTitle(string station, int year) => Format("Inbox_PlanReturnedTitle", station, year);
    public static string LodgingDetail(int nights, long nightlyFen) => Format("Text_LodgingDetail", nights, (nightlyFen / 100m).ToString("0.##", Chinese));
    public static string RewardDecidedTitle(string station, bool approved) => Format(approved ? "Inbox_RewardApproved" : "Inbox_RewardRejected", station);
    public static string RewardApprovedBody(long fen) => Format("Inbox_RewardApprovedBody", (fen / 100m).ToString("N2", Chinese));
    public static string WaitingTitle(string name) => Format("Inbox_WaitingTitle", name);
    public static string WaitingBody(string name, string stage) => Format("Inbox_WaitingBody", name, stage);
    public static string ReturnedTitle(string name) => Format("Inbox_ReturnedTitle", name);
    public static string RejectedTitle(string name) => Format("Inbox_RejectedTitle", name);
    public static string NoticeTitle(string name) => Format("Inbox_NoticeTitle", name);
    public static string NoticeBody(string name, DateOnly until) => Format("Inbox_NoticeBody", name, until.ToString("yyyy年M月d日", Chinese));
    public static string NamedTitle(string name) => Format("Inbox_NamedTitle", name);
    public static string NamedBody(string plaque, string number) => Format("Inbox_NamedBody", plaque, number);

    private static string Format(string key, params object[] arguments) =>
        string.Format(Chinese, Text.GetString(key, Chinese) ?? key, arguments);
}
