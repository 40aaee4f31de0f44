namespace Yincai.Modules.Policies.Contracts;

/// <summary>A fund or subsidy (资金/补贴) that a notice names: who may claim it and what it gives, in the notice's words.</summary>
/// <param name="Clause">Where in the notice, in its own numbering (四（二）).</param>
/// <param name="Benefit">Verbatim from the notice: no figure is added that the notice does not give.</param>
/// <param name="ParagraphNumber">The paragraph of the notice that contains <see cref="Benefit"/>.</param>
public sealed record PolicyFund(string Id, string PolicyId, string Clause, string Name, string Claimants, string Benefit,
    string RegionCode, int ParagraphNumber, string SearchText)
{
    public string Anchor => "fund-" + Id;
}
