using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Audit;
using Yincai.Platform.Validation;

namespace Yincai.UnitTests.Platform;

/// <summary>The range check that replaces the framework's <c>Range(typeof(TimeSpan), "…", "…")</c>, whose first use races between threads.</summary>
public sealed class TimeSpanRangeAttributeTests
{
    private static List<ValidationResult> Validate(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void AuditOptions_IntervalsWithinAndOutsideTheirBounds()
    {
        Assert.Empty(Validate(new AuditOptions()));
        Assert.Empty(Validate(new AuditOptions { SealInterval = TimeSpan.FromMilliseconds(50), SealWithin = TimeSpan.FromDays(7) }));

        var refused = Validate(new AuditOptions { SealInterval = TimeSpan.FromMilliseconds(49), AnchorInterval = TimeSpan.FromDays(2) });

        Assert.Equal(["AnchorInterval", "SealInterval"], refused.SelectMany(r => r.MemberNames).Order());
    }

    [Fact]
    public void TimeSpanRange_FirstUsedByTwoThreadsAtOnce_NeverFails()
    {
        // Each round a new attribute, first used by two threads released together: the framework's Range(typeof(TimeSpan), …)
        // fails some of these rounds with an InvalidCastException.
        var failures = 0;
        using var barrier = new Barrier(2);
        ValidationAttribute? attribute = null;
        var threads = Enumerable.Range(0, 2).Select(n => new Thread(() =>
        {
            for (var round = 0; round < 5_000; round++)
            {
                if (n == 0) attribute = new TimeSpanRangeAttribute("00:00:00", "01:00:00");
                barrier.SignalAndWait();
                try
                {
                    if (!attribute!.IsValid(TimeSpan.FromMinutes(1))) Interlocked.Increment(ref failures);
                }
                catch (InvalidCastException)
                {
                    Interlocked.Increment(ref failures);
                }
                barrier.SignalAndWait();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(0, failures);
    }
}
