using System.Globalization;
using System.Resources;

namespace Yincai.Modules.Events;

/// <summary>Inbox messages, in Chinese: the recipient is not the one making the request, and the platform's default is zh-CN.</summary>
internal static class EventTexts
{
    private static readonly ResourceManager Text = new(typeof(EventsResource));
    private static readonly CultureInfo Chinese = new("zh-CN");

    public static string PromotedTitle(string title) => Format("Inbox_PromotedTitle", title);
    public static string PromotedBody(string title) => Format("Inbox_PromotedBody", title);
    public static string CancelledTitle(string title) => Format("Inbox_CancelledTitle", title);
    public static string CancelledBody(string title, string reason) => Format("Inbox_CancelledBody", title, reason);
    public static string InvitedTitle(string title) => Format("Inbox_InvitedTitle", title);
    public static string InvitedBody(string title, string when, string where) => Format("Inbox_InvitedBody", title, when, where);

    private static string Format(string key, params object[] arguments) =>
        string.Format(Chinese, Text.GetString(key, Chinese) ?? key, arguments);
}
