using System.Globalization;

namespace Yincai.Modules.Audit;

/// <summary>A known point of the chain (sequence and hash), written down outside the database.</summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    public override string ToString() => Sequence.ToString(CultureInfo.InvariantCulture) + ":" + Hash;

    public static bool TryParse(string text, out AuditAnchor? anchor)
    {
        anchor = null;
        var parts = text.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigitLower))
            return false;
        anchor = new AuditAnchor(sequence, parts[1]);
        return true;
    }
}
