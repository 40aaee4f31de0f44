using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Yincai.Platform;

/// <summary>One option of a select: its group (an optgroup's label; null for none), its value and its text.</summary>
public readonly record struct SelectOption(string? Group, string Value, string Text);

/// <summary>
/// The options of a long select (517 occupations, every city, 97 industries) written as HTML once per source and culture
/// and kept: written through Razor's option tag helper on every request, they cost the job search page more than its jobs
/// (they are 80 % of its HTML). Only the chosen option differs between requests.
/// </summary>
public sealed class SelectOptions
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SelectOptions>> Kept = new();
    private readonly string _html;
    private readonly HtmlEncoder _encoder;

    private SelectOptions(string html, HtmlEncoder encoder)
    {
        _html = html;
        _encoder = encoder;
    }

    /// <summary>
    /// The options of <paramref name="source"/> (reference data that never changes while it lives, such as a catalog) in
    /// the current UI culture, written by <paramref name="options"/> the first time, with <paramref name="selected"/> chosen.
    /// </summary>
    public static IHtmlContent Of(object source, HtmlEncoder encoder, Func<IEnumerable<SelectOption>> options, string? selected) =>
        Of(source, "", encoder, options, selected);

    /// <summary>As <see cref="Of(object, HtmlEncoder, Func{IEnumerable{SelectOption}}, string?)"/>, for one of a few ways
    /// the same source is offered (<paramref name="variant"/>: a group opened, say), each kept apart.</summary>
    public static IHtmlContent Of(object source, string variant, HtmlEncoder encoder, Func<IEnumerable<SelectOption>> options, string? selected)
    {
        var kept = Kept.GetValue(source, _ => new ConcurrentDictionary<string, SelectOptions>(StringComparer.Ordinal));
        var key = System.Globalization.CultureInfo.CurrentUICulture.Name + "|" + variant;
        var written = kept.GetOrAdd(key, static (_, a) => Write(a.options(), a.encoder), (options, encoder));
        return written.With(selected);
    }

    public static SelectOptions Write(IEnumerable<SelectOption> options, HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        string? group = null;
        foreach (var o in options)
        {
            if (o.Group != group)
            {
                if (group is not null) html.Append("</optgroup>");
                if (o.Group is not null) html.Append("<optgroup label=\"").Append(encoder.Encode(o.Group)).Append("\">");
                group = o.Group;
            }
            // An indent of ideographic spaces (a 小类 under its 中类) is written as it is: the encoder would escape them.
            var indent = o.Text.Length - o.Text.TrimStart('\u3000').Length;
            html.Append("<option value=\"").Append(encoder.Encode(o.Value)).Append("\">").Append(o.Text, 0, indent)
                .Append(encoder.Encode(o.Text[indent..])).Append("</option>");
        }
        if (group is not null) html.Append("</optgroup>");
        return new SelectOptions(html.ToString(), encoder);
    }

    /// <summary>The options with the first of value <paramref name="selected"/> chosen; none chosen when no option has it.</summary>
    public IHtmlContent With(string? selected)
    {
        if (string.IsNullOrEmpty(selected)) return new HtmlString(_html);
        var option = "<option value=\"" + _encoder.Encode(selected) + "\"";
        var at = _html.IndexOf(option + ">", StringComparison.Ordinal);
        if (at < 0) return new HtmlString(_html);
        var end = at + option.Length;
        return new HtmlString(string.Concat(_html.AsSpan(0, end), " selected=\"selected\"", _html.AsSpan(end)));
    }

    public override string ToString() => _html;
}
