using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Notifications;

/// <summary>A message in words: its title (the e-mail's subject) and its body (the SMS's text).</summary>
public sealed record RenderedMessage(string Title, string Body);

/// <summary>
/// Renders a template key and its values in a language. Messages are stored as key and values, so that each reader
/// sees them in their own language, and so that a corrected wording reaches messages already stored.
/// </summary>
public sealed class MessageTemplates(IStringLocalizer<NotificationsResource> text)
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public RenderedMessage Render(string key, string valuesJson, CultureInfo culture) => Render(key, Values(valuesJson), culture);

    /// <summary>A stored message in the reader's language: templated ones are rendered now, older ones were stored as text.</summary>
    public RenderedMessage Render(Notification n) =>
        n.TemplateKey is { } key ? Render(key, n.Values ?? "[]", CultureInfo.CurrentUICulture) : new(n.Title, n.Body);

    public RenderedMessage Render(string key, IReadOnlyList<string> values, CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var args = values.Cast<object>().ToArray();
            return new RenderedMessage(text["Tpl_" + key + "_Title", args].Value, text["Tpl_" + key + "_Body", args].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    // Chinese stays as it is (not \uXXXX): the values of a digest fit the column.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, Relaxed);

    public static IReadOnlyList<string> Values(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static CultureInfo CultureOf(string? name) =>
        name is not null && name.StartsWith("en", StringComparison.Ordinal) ? CultureInfo.GetCultureInfo("en") : Chinese;
}
