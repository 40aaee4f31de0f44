namespace Yincai.Modules.Accounts;

/// <summary>A document shown to everyone and accepted at registration: its sections are resources
/// <c>{Prefix}_S{n}_Title</c> and <c>{Prefix}_S{n}_Body</c> (zh-CN and en).</summary>
public sealed record LegalDocument(string Prefix, int Sections, string Path)
{
    public static readonly LegalDocument Terms = new("Terms", 6, "/Accounts/Terms");
    public static readonly LegalDocument Privacy = new("Privacy", 9, "/Accounts/Privacy");

    public IEnumerable<(string Title, string Body)> SectionKeys =>
        Enumerable.Range(1, Sections).Select(n => ($"{Prefix}_S{n}_Title", $"{Prefix}_S{n}_Body"));
}
