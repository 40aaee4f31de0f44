namespace Yincai.Modules.Policies.Contracts;

/// <summary>A published policy notice: its particulars as the text gives them, and its paragraphs.</summary>
/// <param name="Id">Stable slug, used in URLs.</param>
/// <param name="Number">The document number (文号); null where the text has none.</param>
/// <param name="IssuedOn">The date it was signed; null where the text gives only the year.</param>
/// <param name="RegionCode">GB/T 2260 code of the region it applies to.</param>
/// <param name="Note">What the text does not say or what was composed for it (a title, a forwarding copy).</param>
public sealed record PolicyDocument(string Id, string Title, string Issuer, string? Number, DateOnly? IssuedOn, int Year,
    string RegionCode, string? Note, IReadOnlyList<PolicyParagraph> Paragraphs)
{
    /// <summary>The anchor of paragraph <paramref name="number"/> on the policy page.</summary>
    public static string Anchor(int number) => "p-" + number;
}
