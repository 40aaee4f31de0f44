using System.Text;
using System.Text.RegularExpressions;
using Yincai.Modules.Policies.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Policies;

/// <summary>
/// Turns a notice as it was copied (from PDF and Word: page breaks inside sentences, Markdown marks, spaces between
/// Chinese characters) into paragraphs. The files stay as copied; only what is shown and searched is cleaned.
/// </summary>
internal static partial class PolicyText
{
    // A line this short that does not end a sentence is a heading or a letterhead line, not half of a broken sentence.
    private const int ShortLine = 20;
    private const int HeadingMaxLength = 40;

    public static IReadOnlyList<PolicyParagraph> Paragraphs(string text)
    {
        var paragraphs = new List<PolicyParagraph>();
        var pending = new StringBuilder();
        var pendingIsHeading = false;

        void Flush()
        {
            if (pending.Length == 0) return;
            var clean = pending.ToString();
            paragraphs.Add(new PolicyParagraph(paragraphs.Count + 1, clean, SearchTerms.Normalize(clean), pendingIsHeading));
            pending.Clear();
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0 || line.All(c => c == '-')) continue;
            var isHeading = IsHeading(line);
            // Joins a sentence that a page break cut in two: the previous line is long and did not end it.
            var continues = pending.Length >= ShortLine && !pendingIsHeading && !isHeading && !EndsSentence(pending[^1]);
            if (!continues) Flush();
            if (pending.Length == 0) pendingIsHeading = isHeading;
            pending.Append(line);
        }
        Flush();
        return paragraphs;
    }

    private static string Clean(string line)
    {
        line = Bookmark().Replace(line, "");
        line = line.Replace("**", "", StringComparison.Ordinal).Trim().Trim('\u3000', '\u00A0', '\uFEFF').Trim();
        line = MarkdownHeading().Replace(line, "");
        // "高校 毕业生", "2021 届": spaces the PDF copy put beside Chinese characters; Latin words keep theirs.
        return SpaceBesideChinese().Replace(line, "");
    }

    private static bool IsHeading(string line) =>
        line.Length < HeadingMaxLength && !line.Contains('。') && HeadingStart().IsMatch(line);

    // A line ending in a Latin letter or digit (a phone number, a file name) is not a sentence cut by a page break.
    private static bool EndsSentence(char c) => char.IsAsciiLetterOrDigit(c) || c is '。' or '；' or '！' or '？' or '：' or ':' or ';' or '”' or '）' or ')' or '」';

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^#+\s*")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d+[、.．]|[（(][一二三四五六七八九十]+[）)])")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"(?<=[\u2E80-\uFFEF“”‘’])[ \t\u00A0\u3000]+|[ \t\u00A0\u3000]+(?=[\u2E80-\uFFEF“”‘’])")]
    private static partial Regex SpaceBesideChinese();
}
