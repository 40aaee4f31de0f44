using System.Text;

namespace Yincai.Modules.Policies;

/// <summary>Reads the module's small hand-written CSV files: a header row, fields quoted when they hold a comma.</summary>
internal static class ReferenceCsv
{
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
    {
        var header = reader.ReadLine() is { } first ? Fields(first) : [];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = Fields(line);
            if (fields.Count != header.Count)
                throw new InvalidDataException($"Expected {header.Count} fields, found {fields.Count}: {line}");
            yield return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
