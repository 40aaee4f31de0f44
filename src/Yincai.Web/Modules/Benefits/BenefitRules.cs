using System.Text.Json;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>One condition of a benefit: what the claimant must meet (an expression over the facts of <see cref="Rules.RuleFacts"/>),
/// said in words, and what proves it when the platform's own records do not.</summary>
public sealed record BenefitCondition(string Label, string Expression, string? Evidence);

/// <summary>
/// The rules of a benefit from a date: its conditions and its amount formula, as the officer wrote them and as they were checked
/// (compiled and run over sample claimants) before saving. A newer version takes over on its date; older claims keep theirs.
/// </summary>
public sealed class BenefitRules : IRegionScoped
{
    private BenefitRules() { }

    public BenefitRules(Benefit benefit, int number, DateOnly effectiveOn, IReadOnlyList<BenefitCondition> conditions, string amount, string amountNote,
        Guid createdBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (BenefitId, RegionCode, Number, EffectiveOn, AmountExpression, AmountNote, CreatedBy, CreatedAtUtc) =
            (benefit.Id, benefit.RegionCode, number, effectiveOn, amount.Trim(), amountNote.Trim(), createdBy, nowUtc);
        ConditionsJson = JsonSerializer.Serialize(conditions);
    }

    public Guid Id { get; private set; }
    public Guid BenefitId { get; private set; }
    public string RegionCode { get; private set; } = "";

    /// <summary>1 for the first rules of the benefit, then 2, 3…</summary>
    public int Number { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string ConditionsJson { get; private set; } = "[]";
    public string AmountExpression { get; private set; } = "";

    /// <summary>The amount in words for claimants (博士每月 3000 元，硕士每月 1500 元).</summary>
    public string AmountNote { get; private set; } = "";
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<BenefitCondition> Conditions => JsonSerializer.Deserialize<List<BenefitCondition>>(ConditionsJson) ?? [];
}
