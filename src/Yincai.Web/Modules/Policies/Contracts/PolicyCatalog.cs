using System.Globalization;
using Yincai.Platform;

namespace Yincai.Modules.Policies.Contracts;

/// <summary>
/// The platform's published policies: the five notices and the funds they name, read once from the embedded
/// ReferenceData (policies.csv, policy-funds.csv and the texts; see its SOURCE.md). A fund whose words are not in its
/// notice stops the start, so no figure can appear that the notice does not give.
/// </summary>
public sealed class PolicyCatalog
{
    private readonly Dictionary<string, PolicyDocument> _byId;
    private readonly Dictionary<string, string> _searchTextById;

    public PolicyCatalog() : this(EmbeddedReferenceData.Open) { }

    internal PolicyCatalog(Func<string, StreamReader> open)
    {
        using (var reader = open("policies.csv"))
            Policies = ReadPolicies(reader, open).OrderByDescending(p => p.IssuedOn ?? new DateOnly(p.Year, 1, 1)).ToList();
        _byId = Policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _searchTextById = Policies.ToDictionary(p => p.Id, p => SearchTerms.Normalize(
            string.Join('\n', new[] { p.Title, p.Issuer, p.Number ?? "" }.Concat(p.Paragraphs.Select(x => x.Text)))));
        using (var reader = open("policy-funds.csv"))
            Funds = ReadFunds(reader).ToList();
        RegionCodes = Policies.Select(p => p.RegionCode).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<PolicyDocument> Policies { get; }

    /// <summary>In the order of the notices' clauses.</summary>
    public IReadOnlyList<PolicyFund> Funds { get; }

    /// <summary>The regions the policies apply to, for a filter.</summary>
    public IReadOnlyList<string> RegionCodes { get; }

    public PolicyDocument? Find(string? id) => id is not null && _byId.TryGetValue(id, out var p) ? p : null;

    public IEnumerable<PolicyFund> FundsOf(string policyId) => Funds.Where(f => f.PolicyId == policyId);

    /// <summary>
    /// Policies in which every term occurs (title, issuer, number or text) and that apply in <paramref name="regionCode"/>:
    /// a Qingdao person also gets the province's, a province's list also holds its cities'.
    /// </summary>
    public IEnumerable<PolicyDocument> Search(SearchTerms terms, string? regionCode) =>
        Policies.Where(p => AppliesIn(p.RegionCode, regionCode) && (terms.IsEmpty || terms.AllOccurIn(_searchTextById[p.Id])));

    /// <summary>Paragraphs that hold every term, in catalog order.</summary>
    public IEnumerable<(PolicyDocument Policy, PolicyParagraph Paragraph)> SearchParagraphs(SearchTerms terms) =>
        terms.IsEmpty ? [] : Policies.SelectMany(p => p.Paragraphs.Where(x => terms.AllOccurIn(x.SearchText)).Select(x => (p, x)));

    public IEnumerable<PolicyFund> SearchFunds(SearchTerms terms, string? regionCode) =>
        Funds.Where(f => AppliesIn(f.RegionCode, regionCode) && (terms.IsEmpty || terms.AllOccurIn(f.SearchText)));

    /// <summary>Whether something of <paramref name="ownRegion"/> applies in <paramref name="regionCode"/> (null: anywhere).</summary>
    public static bool AppliesIn(string ownRegion, string? regionCode)
    {
        if (!RegionScope.IsRegionCode(regionCode)) return true;
        var own = RegionScope.PrefixOf(ownRegion);
        var wanted = RegionScope.PrefixOf(regionCode!);
        return wanted.StartsWith(own, StringComparison.Ordinal) || own.StartsWith(wanted, StringComparison.Ordinal);
    }

    /// <summary>About <paramref name="length"/> characters of the paragraph around the first term found, with an
    /// ellipsis where it was cut.</summary>
    public static string Snippet(PolicyParagraph paragraph, SearchTerms terms, int length = 120)
    {
        var text = paragraph.Text;
        if (text.Length <= length) return text;
        var first = terms.Terms.Select(t => paragraph.SearchText.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0)
            .DefaultIfEmpty(0).Min();
        var start = Math.Clamp(first - length / 3, 0, text.Length - length);
        return (start > 0 ? "…" : "") + text.Substring(start, length) + (start + length < text.Length ? "…" : "");
    }

    private static IEnumerable<PolicyDocument> ReadPolicies(StreamReader reader, Func<string, StreamReader> open)
    {
        foreach (var row in ReferenceCsv.Read(reader))
        {
            string text;
            using (var file = open(row["file"])) text = file.ReadToEnd();
            var date = row["date"];
            DateOnly? issuedOn = date.Length == 10 ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var year = issuedOn?.Year ?? int.Parse(date, CultureInfo.InvariantCulture);
            if (!RegionScope.IsRegionCode(row["region"])) throw new InvalidDataException($"Policy {row["id"]}: region {row["region"]}");
            yield return new PolicyDocument(row["id"], row["title"], row["issuer"], NullIfEmpty(row["number"]), issuedOn, year,
                row["region"], NullIfEmpty(row["note"]), PolicyText.Paragraphs(text));
        }
    }

    private IEnumerable<PolicyFund> ReadFunds(StreamReader reader)
    {
        foreach (var row in ReferenceCsv.Read(reader))
        {
            var policy = Find(row["policy"]) ?? throw new InvalidDataException($"Fund {row["id"]}: no policy {row["policy"]}");
            // White space aside: the copies put spaces inside sentences ("达到 50% 以上") that the CSV leaves out.
            var benefit = WithoutSpaces(row["benefit"]);
            var paragraph = policy.Paragraphs.FirstOrDefault(p => WithoutSpaces(p.Text).Contains(benefit, StringComparison.Ordinal))
                ?? throw new InvalidDataException($"Fund {row["id"]}: its benefit is not in the words of {policy.Id}");
            if (!RegionScope.IsRegionCode(row["region"])) throw new InvalidDataException($"Fund {row["id"]}: region {row["region"]}");
            yield return new PolicyFund(row["id"], policy.Id, row["clause"], row["name"], row["claimants"], row["benefit"],
                row["region"], paragraph.Number,
                SearchTerms.Normalize(string.Join('\n', row["name"], row["claimants"], row["benefit"])));
        }
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
