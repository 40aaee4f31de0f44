namespace Yincai.Modules.Talents.Profile;

/// <summary>Skills typed as one line: separated by commas (half- or full-width), 、 or semicolons.</summary>
public static class SkillTags
{
    public const int MaxCount = 30;
    public const int MaxLength = 20;

    private static readonly char[] Separators = [',', '，', '、', ';', '；', '\n', '\r'];

    public static List<string> Parse(string? line) =>
        (line ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Join(IEnumerable<string> skills) => string.Join("、", skills);
}
