using Yincai.Modules.Graduates.Contracts;

namespace Yincai.Modules.Benefits.Facts;

/// <summary>
/// One intake of interns at a host, summed for the internship subsidy (GRD-09): months served, and the minimum wage over each of
/// them. A month runs from the start date to the day before the same date a month on (15 Sept – 14 Oct), so six full months count
/// 6; each day of it weighs 1 / its length and is paid at the wage in force on that day, so a month that spans a change of the
/// standard is paid partly at each. A partial last month (left early) counts its days.
/// </summary>
public static class InternshipPay
{
    public sealed record Intake(int Interns, int Ongoing, int Completed, int Retained, decimal Months, decimal WageMonths)
    {
        /// <summary>Kept on among those who completed the period (留用率); 0 before anyone has.</summary>
        public decimal RetentionRate => Completed == 0 ? 0 : (decimal)Retained / Completed;
    }

    /// <summary>The last day an intern served: the day they left or were let go, else the planned end (not after today).</summary>
    public static DateOnly LastDay(HostIntern intern, DateOnly today)
    {
        var last = intern.EndedOn ?? intern.EndOn;
        return last > today ? today : last;
    }

    /// <summary>The intake summed over the host county's wage steps through the intake's span (from <c>MinimumWages.StepsAsync</c>);
    /// null when no wage was in force, which must not be guessed.</summary>
    public static Intake? Sum(IReadOnlyList<HostIntern> interns, DateOnly today, IReadOnlyList<(DateOnly From, decimal Monthly, bool IsDemo)> steps)
    {
        decimal months = 0, wageMonths = 0;
        foreach (var intern in interns)
        {
            var last = LastDay(intern, today);
            if (last < intern.StartOn) continue;
            if (steps.Count == 0) return null;
            var (served, paid) = Served(intern.StartOn, last, steps);
            (months, wageMonths) = (months + served, wageMonths + paid);
        }
        var completed = interns.Count(i => i.Outcome is InternOutcome.Retained or InternOutcome.NotRetained);
        return new Intake(interns.Count, interns.Count(i => i.Outcome == InternOutcome.Ongoing), completed,
            interns.Count(i => i.Outcome == InternOutcome.Retained), Math.Round(months, 4), Math.Round(wageMonths, 2));
    }

    /// <summary>Months served from <paramref name="start"/> to <paramref name="last"/> (both days in) and the wage over them.</summary>
    public static (decimal Months, decimal Wage) Served(DateOnly start, DateOnly last, IReadOnlyList<(DateOnly From, decimal Monthly, bool IsDemo)> steps)
    {
        decimal months = 0, wage = 0;
        for (var k = 0; ; k++)
        {
            var from = start.AddMonths(k);
            if (from > last) break;
            var next = start.AddMonths(k + 1);
            var length = next.DayNumber - from.DayNumber;
            var to = next.AddDays(-1) < last ? next.AddDays(-1) : last;
            decimal days = 0, sum = 0;
            for (var day = from; day <= to; day = day.AddDays(1)) (days, sum) = (days + 1, sum + MonthlyOn(day, steps));
            // Divided once per month: a full month at one wage is exactly that wage.
            (months, wage) = (months + days / length, wage + sum / length);
        }
        return (months, wage);
    }

    private static decimal MonthlyOn(DateOnly day, IReadOnlyList<(DateOnly From, decimal Monthly, bool IsDemo)> steps)
    {
        var monthly = steps[0].Monthly;
        foreach (var step in steps)
            if (step.From <= day) monthly = step.Monthly;
        return monthly;
    }
}
