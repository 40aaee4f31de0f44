using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Yincai.Platform.Validation;

/// <summary>
/// A <see cref="TimeSpan"/> between two bounds, parsed when the attribute is made. The framework's
/// <c>Range(typeof(TimeSpan), "…", "…")</c> converts its bounds on first use without a lock, so two threads validating at
/// once can fail with an InvalidCastException (dotnet/runtime#1143): two test hosts starting together did.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) => value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.InvariantCulture, "The field {0} must be between {1} and {2}.", name, Minimum, Maximum);
}
