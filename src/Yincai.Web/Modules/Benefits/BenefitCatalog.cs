using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using System.Collections.Concurrent;
using System.Globalization;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Benefits.Rules;
using Yincai.Modules.Policies.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits;

/// <summary>How a claimant stands against one condition: met or not, and verified from the platform's records (every fact it reads
/// is proven, by <paramref name="ProofSource"/>) or to be proven by the evidence it names.</summary>
public sealed record ConditionOutcome(string Label, bool Met, bool Verified, string? Evidence, string? ProofSource);

/// <summary>A claimant against a benefit's rules: each condition, and the amount when all are met with the facts it was computed
/// from.</summary>
public sealed record Eligibility(Guid RulesId, IReadOnlyList<ConditionOutcome> Conditions, decimal? Amount, IReadOnlyList<ClaimInput> Inputs)
{
    public bool Eligible => Conditions.All(c => c.Met);

    /// <summary>Conditions met on facts the platform cannot prove: each asks for its evidence.</summary>
    public IEnumerable<(ConditionOutcome Condition, int Index)> NeedingEvidence =>
        Conditions.Select((c, i) => (c, i)).Where(x => x.c.Met && !x.c.Verified);
}

/// <summary>What a rules version did over the sample claimants it was tried on before saving.</summary>
public sealed record DryRun(int Samples, int Eligible, decimal? Lowest, decimal? Highest);

/// <summary>
/// Benefits as data (ENT-05): officers of a region define its benefits on the funds of the notices and write their rules, which are
/// compiled and tried on sample claimants before they are saved, and versioned by effective date; a claimant is judged on the
/// version in force on the claim's date, condition by condition.
/// </summary>
public sealed class BenefitCatalog(YincaiDb db, RuleCompiler compiler, CompiledRulesCache cache, PolicyCatalog policies, RegionDirectory regions,
    CurrentUser current, TimeProvider clock, IStringLocalizer<BenefitsResource> text)
{
    public const int MaxConditions = 20;

    public Task<Benefit?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Benefits.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Benefits.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(b => ids.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);

    /// <summary>The benefits of the officer's scope with every version of their rules, newest first: what they may edit.</summary>
    public async Task<List<(Benefit Benefit, List<BenefitRules> Versions)>> OwnAsync(CancellationToken cancellationToken)
    {
        var benefits = await db.Benefits.AsNoTracking().OrderBy(b => b.RegionCode).ThenBy(b => b.Name).Take(500).ToListAsync(cancellationToken);
        var ids = benefits.Select(b => b.Id).ToList();
        var rules = (await db.BenefitRules.AsNoTracking().Where(r => ids.Contains(r.BenefitId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.BenefitId);
        return benefits.Select(b => (b, rules[b.Id].OrderByDescending(r => r.Number).ToList())).ToList();
    }

    public async Task<Result<Benefit>> CreateAsync(string? fundId, string? regionCode, string? name, BenefitClaimant claimant, BenefitFrequency frequency,
        BenefitInstalments instalments, CancellationToken cancellationToken)
    {
        if (policies.Funds.FirstOrDefault(f => f.Id == fundId) is null) return Invalid("benefits.unknown_fund", "Error_UnknownFund", "FundId");
        if (!RegionScope.IsRegionCode(regionCode) || !await regions.ExistsAsync(regionCode!, cancellationToken))
            return Invalid("benefits.unknown_region", "Error_UnknownRegion", "RegionCode");
        if (!db.Scope.Contains(regionCode)) return Invalid("benefits.region_outside", "Error_RegionOutside", "RegionCode");
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100) return Invalid("benefits.name", "Error_Name", "Name");
        if (!Enum.IsDefined(claimant) || !Enum.IsDefined(frequency) || !Enum.IsDefined(instalments)) return Invalid("benefits.kind", "Error_Kind", "Claimant");
        // Intakes are hosts' (employers'); instalments follow a business's months of operation (GRD-11).
        if ((frequency == BenefitFrequency.OncePerIntake || instalments != BenefitInstalments.None) && claimant != BenefitClaimant.Employer)
            return Invalid("benefits.kind_employer", "Error_KindEmployer", "Frequency");
        var benefit = new Benefit(fundId!, regionCode!, name, claimant, frequency, instalments, current.Id!.Value, clock.GetUtcNow().UtcDateTime);
        db.Benefits.Add(benefit);
        await db.SaveChangesAsync(cancellationToken);
        return benefit;
    }

    /// <summary>New rules for a benefit of the caller's scope from <paramref name="effectiveOn"/>, after the latest version's date: every
    /// condition and the amount compile, and running them over <paramref name="samples"/> fails on none and pays nothing negative.</summary>
    public async Task<Result<(BenefitRules Rules, DryRun DryRun)>> AddRulesAsync(Guid benefitId, DateOnly? effectiveOn,
        IReadOnlyList<BenefitCondition> conditions, string? amount, string? amountNote, IReadOnlyList<IReadOnlyDictionary<string, object?>> samples,
        CancellationToken cancellationToken)
    {
        var benefit = await db.Benefits.FirstOrDefaultAsync(b => b.Id == benefitId, cancellationToken);
        if (benefit is null) return Invalid("benefits.not_found", "Error_NotFound", null);
        if (effectiveOn is not { } from) return Invalid("benefits.effective", "Error_Effective", "EffectiveOn");
        var latest = await db.BenefitRules.Where(r => r.BenefitId == benefitId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && from <= latest.EffectiveOn)
            return Invalid("benefits.effective_order", "Error_EffectiveOrder", "EffectiveOn", Display.Date(latest.EffectiveOn));
        if (conditions.Count is 0 or > MaxConditions) return Invalid("benefits.conditions", "Error_Conditions", "Conditions", MaxConditions);
        if (string.IsNullOrWhiteSpace(amountNote) || amountNote.Trim().Length > 200) return Invalid("benefits.amount_note", "Error_AmountNote", "AmountNote");
        var compiled = Compile(benefit.Claimant, conditions, amount);
        if (compiled.IsError) return compiled.Error!;
        var run = Try(compiled.Value, samples);
        if (run.IsError) return run.Error!;
        var rules = new BenefitRules(benefit, (latest?.Number ?? 0) + 1, from, conditions.Select(c => c with
        {
            Label = c.Label.Trim(), Expression = c.Expression.Trim(), Evidence = string.IsNullOrWhiteSpace(c.Evidence) ? null : c.Evidence.Trim(),
        }).ToList(), amount!, amountNote, current.Id!.Value, clock.GetUtcNow().UtcDateTime);
        db.BenefitRules.Add(rules);
        await db.SaveChangesAsync(cancellationToken);
        return (rules, run.Value!);
    }

    /// <summary>Every benefit with rules in force on <paramref name="on"/>, with them, for the public list: across region scopes (public
    /// facts), optionally those that apply in a region (its own and those above it).</summary>
    public async Task<List<(Benefit Benefit, BenefitRules Rules)>> InForceAsync(DateOnly on, string? regionCode, CancellationToken cancellationToken)
    {
        var benefits = await db.Benefits.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().OrderBy(b => b.RegionCode).ThenBy(b => b.Name)
            .Take(500).ToListAsync(cancellationToken);
        if (RegionScope.IsRegionCode(regionCode))
            benefits = benefits.Where(b => PolicyCatalog.AppliesIn(b.RegionCode, regionCode)).ToList();
        var ids = benefits.Select(b => b.Id).ToList();
        var rules = (await db.BenefitRules.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .Where(r => ids.Contains(r.BenefitId) && r.EffectiveOn <= on).ToListAsync(cancellationToken))
            .GroupBy(r => r.BenefitId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.EffectiveOn)!);
        return benefits.Where(b => rules.ContainsKey(b.Id)).Select(b => (b, rules[b.Id])).ToList();
    }

    /// <summary>The rules in force on a date: the latest version effective on or before it; null before the first. Whatever the
    /// caller's scope: benefits are public.</summary>
    public Task<BenefitRules?> RulesOnAsync(Guid benefitId, DateOnly on, CancellationToken cancellationToken) =>
        db.BenefitRules.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(r => r.BenefitId == benefitId && r.EffectiveOn <= on).OrderByDescending(r => r.EffectiveOn)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A claimant's facts against a version of the rules, condition by condition, each verified when every fact it reads is
    /// proven; the amount (to the fen) with its inputs when every condition is met.</summary>
    public Result<Eligibility> Evaluate(Benefit benefit, BenefitRules rules, FactSheet sheet)
    {
        var compiled = cache.GetOrAdd(rules.Id, _ => Compile(benefit.Claimant, rules.Conditions, rules.AmountExpression));
        if (compiled.IsError) return compiled.Error!;
        var (checks, amount) = compiled.Value;
        var conditions = rules.Conditions;
        var outcomes = new List<ConditionOutcome>(conditions.Count);
        for (var i = 0; i < conditions.Count; i++)
        {
            var proofs = checks[i].UsedFacts.Select(f => sheet.Proofs.GetValueOrDefault(f)).ToList();
            var verified = proofs.All(p => p is not null);
            outcomes.Add(new ConditionOutcome(conditions[i].Label, (bool)checks[i].Evaluate(sheet.Values)!, verified, conditions[i].Evidence,
                verified ? string.Join(",", proofs.Distinct()) : null));
        }
        if (!outcomes.All(o => o.Met)) return new Eligibility(rules.Id, outcomes, null, []);
        var inputs = amount.UsedFacts.Select(f => new ClaimInput(f, Show(sheet.Values.GetValueOrDefault(f)), sheet.Proofs.GetValueOrDefault(f))).ToList();
        return new Eligibility(rules.Id, outcomes, Math.Round((decimal)amount.Evaluate(sheet.Values)!, 2, MidpointRounding.AwayFromZero), inputs);
    }

    /// <summary>Only whether all conditions are met, and the amount: the run's fast path over a million claimants.</summary>
    public decimal? AmountIfEligible(BenefitRules rules, BenefitClaimant claimant, IReadOnlyDictionary<string, object?> facts)
    {
        var compiled = cache.GetOrAdd(rules.Id, _ => Compile(claimant, rules.Conditions, rules.AmountExpression));
        if (compiled.IsError) return null;
        var (checks, amount) = compiled.Value;
        foreach (var check in checks)
            if (!(bool)check.Evaluate(facts)!) return null;
        return Math.Round((decimal)amount.Evaluate(facts)!, 2, MidpointRounding.AwayFromZero);
    }

    private static string Show(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private Result<(IReadOnlyList<CompiledRule> Conditions, CompiledRule Amount)> Compile(BenefitClaimant claimant, IReadOnlyList<BenefitCondition> conditions,
        string? amount)
    {
        var facts = claimant == BenefitClaimant.Talent ? RuleFacts.Talent : RuleFacts.Employer;
        var checks = new List<CompiledRule>();
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            if (string.IsNullOrWhiteSpace(condition.Label) || condition.Label.Trim().Length > 100)
                return Invalid("benefits.condition_label", "Error_ConditionLabel", $"Conditions[{i}].Label", i + 1);
            if (condition.Evidence is { Length: > 200 }) return Invalid("benefits.condition_evidence", "Error_ConditionEvidence", $"Conditions[{i}].Evidence", i + 1);
            var rule = compiler.Condition(condition.Expression, facts);
            if (rule.IsError)
                return new Error("benefits.condition", text["Error_Condition", i + 1, condition.Label.Trim(), rule.Error!.Message], $"Conditions[{i}].Expression");
            checks.Add(rule.Value!);
        }
        var formula = compiler.Amount(amount, facts);
        if (formula.IsError) return new Error("benefits.amount", text["Error_Amount", formula.Error!.Message], "Amount");
        return (checks, formula.Value!);
    }

    private Result<DryRun> Try((IReadOnlyList<CompiledRule> Conditions, CompiledRule Amount) rules, IReadOnlyList<IReadOnlyDictionary<string, object?>> samples)
    {
        var (eligible, lowest, highest) = (0, (decimal?)null, (decimal?)null);
        for (var i = 0; i < samples.Count; i++)
        {
            try
            {
                if (!rules.Conditions.All(c => (bool)c.Evaluate(samples[i])!)) continue;
                var paid = (decimal)rules.Amount.Evaluate(samples[i])!;
                if (paid < 0) return Invalid("benefits.negative", "Error_Negative", "Amount", i + 1);
                eligible++;
                (lowest, highest) = (Math.Min(lowest ?? paid, paid), Math.Max(highest ?? paid, paid));
            }
            catch (Exception e) when (e is ArithmeticException or InvalidCastException or NullReferenceException or ArgumentException)
            {
                return Invalid("benefits.dry_run", "Error_DryRun", null, i + 1, e.Message);
            }
        }
        return new DryRun(samples.Count, eligible, lowest, highest);
    }

    private Error Invalid(string code, string key, string? field, params object[] arguments) => new(code, text[key, arguments], field);
}

/// <summary>Compiled rules by version: a version never changes once saved, so it is compiled once per process.</summary>
public sealed class CompiledRulesCache
{
    private readonly ConcurrentDictionary<Guid, Result<(IReadOnlyList<CompiledRule> Conditions, CompiledRule Amount)>> _rules = new();

    public Result<(IReadOnlyList<CompiledRule> Conditions, CompiledRule Amount)> GetOrAdd(Guid rulesId,
        Func<Guid, Result<(IReadOnlyList<CompiledRule> Conditions, CompiledRule Amount)>> compile) => _rules.GetOrAdd(rulesId, compile);
}
