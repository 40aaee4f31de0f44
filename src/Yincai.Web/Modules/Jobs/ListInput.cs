namespace Yincai.Modules.Jobs;

/// <summary>A list typed into one text box: items separated by 、 , ， ; ； or white space, as people write them.</summary>
internal static class ListInput
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', ' ', '　', '\t', '\r', '\n'];

    public static List<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Join(IEnumerable<string> items) => string.Join("、", items);
}
