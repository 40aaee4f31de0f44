using DynamicExpresso;
using DynamicExpresso.Exceptions;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Rules;

/// <summary>
/// Turns a rule written by an officer (a condition: <c>Degree >= Master &amp;&amp; In(HouseholdRegion, "3702")</c>; an amount:
/// <c>Degree == Doctorate ? 3000 : 1500</c>) into a typed delegate, or says in the officer's language what is wrong and where.
/// DynamicExpresso: C# expressions officers and developers read alike, compiled to delegates (fast enough to run every benefit
/// over a million talents), typed at parse time (a condition must be yes or no, an amount a number), with reflection, types and
/// members beyond the facts, Math and <c>In</c> refused.
/// </summary>
public sealed class RuleCompiler(IStringLocalizer<BenefitsResource> text)
{
    public const int MaxLength = 1000;

    public Result<CompiledRule> Condition(string? expression, IReadOnlyList<RuleFact> facts) => Compile(expression, facts, typeof(bool));

    public Result<CompiledRule> Amount(string? expression, IReadOnlyList<RuleFact> facts) => Compile(expression, facts, typeof(decimal));

    private Result<CompiledRule> Compile(string? expression, IReadOnlyList<RuleFact> facts, Type result)
    {
        if (string.IsNullOrWhiteSpace(expression)) return Invalid("Rule_Empty");
        if (expression.Length > MaxLength) return Invalid("Rule_TooLong", MaxLength);
        // Officers write 0.7, as on paper: every number with a decimal point is read as an exact decimal (C#'s 0.7m), which is what
        // amounts and rates are, so that 0.7 * MinimumWageMonths needs no suffix. Not inside quotes (region codes).
        var (source, shifts) = Decimals(expression);
        var interpreter = new Interpreter(InterpreterOptions.PrimitiveTypes | InterpreterOptions.SystemKeywords);
        interpreter.Reference(typeof(Math));
        interpreter.SetFunction("In", (Func<string?, string, bool>)InRegion);
        foreach (var (name, value) in RuleFacts.Constants) interpreter.SetVariable(name, value);
        try
        {
            var lambda = interpreter.Parse(source, result, facts.Select(f => new Parameter(f.Name, f.Type)).ToArray());
            return new CompiledRule(expression, facts, lambda);
        }
        catch (UnknownIdentifierException e)
        {
            return Invalid("Rule_UnknownName", e.Identifier, Original(e.Position, shifts) + 1);
        }
        catch (ReflectionNotAllowedException e)
        {
            return Invalid("Rule_NotAllowed", Original(e.Position, shifts) + 1);
        }
        catch (ParseException e) when (e.Message.StartsWith("A value of type", StringComparison.Ordinal))
        {
            return Invalid(result == typeof(bool) ? "Rule_NotYesNo" : "Rule_NotAmount");
        }
        catch (ParseException e)
        {
            return Invalid("Rule_Syntax", Original(e.Position, shifts) + 1);
        }
    }

    /// <summary>The expression with an "m" after each number with a decimal point outside quotes, and where each was put.</summary>
    private static (string Source, List<int> Shifts) Decimals(string expression)
    {
        var source = new System.Text.StringBuilder(expression.Length + 8);
        var shifts = new List<int>();
        var quoted = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            source.Append(c);
            if (c == '"') quoted = !quoted;
            if (quoted || !char.IsAsciiDigit(c)) continue;
            var next = i + 1 < expression.Length ? expression[i + 1] : '\0';
            if (char.IsAsciiDigit(next) || next == '.' || char.IsAsciiLetter(next)) continue;
            // The end of a number: a decimal one when a point and digits come before it, after a digit that starts the number.
            var start = i;
            while (start > 0 && (char.IsAsciiDigit(expression[start - 1]) || expression[start - 1] == '.')) start--;
            var number = expression[start..(i + 1)];
            if (number.Contains('.') && (start == 0 || !char.IsAsciiLetter(expression[start - 1]) && expression[start - 1] != '_'))
            {
                source.Append('m');
                shifts.Add(i + 1);
            }
        }
        return (source.ToString(), shifts);
    }

    /// <summary>A position in the rewritten expression as a position in what the officer wrote.</summary>
    private static int Original(int position, List<int> shifts)
    {
        // The k-th "m" stands at shifts[k] + k in the rewritten text.
        var before = 0;
        while (before < shifts.Count && shifts[before] + before < position) before++;
        return position - before;
    }

    /// <summary>The region code lies under the prefix ("3702": Qingdao); false when unknown.</summary>
    private static bool InRegion(string? region, string prefix) => region is not null && region.StartsWith(prefix, StringComparison.Ordinal);

    private Error Invalid(string key, params object[] arguments) => new("benefits.rule_invalid", text[key, arguments]);
}

/// <summary>A rule ready to run over one claimant's facts.</summary>
public sealed class CompiledRule
{
    private readonly Lambda _lambda;
    private readonly string[] _names;
    private readonly Type[] _types;
    private readonly object?[] _defaults;

    internal CompiledRule(string expression, IReadOnlyList<RuleFact> facts, Lambda lambda)
    {
        (Expression, _lambda) = (expression, lambda);
        _names = facts.Select(f => f.Name).ToArray();
        _types = facts.Select(f => f.Type).ToArray();
        _defaults = facts.Select(f => f.Type.IsValueType ? Activator.CreateInstance(f.Type) : null).ToArray();
        UsedFacts = lambda.UsedParameters.Select(p => p.Name).ToList();
    }

    public string Expression { get; }

    /// <summary>The facts the rule reads: what a claimant must have proven for it.</summary>
    public IReadOnlyList<string> UsedFacts { get; }

    /// <summary>The rule's value for the facts (missing ones are their type's default: no, 0, none; numbers taken as the fact's
    /// type: 6 months may come as a whole number).</summary>
    public object? Evaluate(IReadOnlyDictionary<string, object?> facts)
    {
        var values = new object?[_names.Length];
        for (var i = 0; i < _names.Length; i++)
            values[i] = facts.TryGetValue(_names[i], out var value) && value is not null
                ? value.GetType() == _types[i] ? value : Convert.ChangeType(value, _types[i], System.Globalization.CultureInfo.InvariantCulture)
                : _defaults[i];
        return _lambda.Invoke(values);
    }
}
