using Microsoft.Extensions.Options;

namespace Yincai.Modules.Graduates.Contracts;

/// <summary>A region's cohort and those placed on a date (GRD-15).</summary>
public sealed record EmploymentFigure(string Key, int Total, int Placed)
{
    public int NotPlaced => Total - Placed;
    public double? Rate => Total == 0 ? null : 100.0 * Placed / Total;
}

/// <summary>A region's first contacts due in a period (GRD-03): made on time, made late, owed and overdue, not yet due; and the
/// contacts overdue today whatever their due date (the work list's overdue view).</summary>
public sealed record ContactFigure(string Key, int OnTime, int Late, int Overdue, int Pending, int OverdueNow)
{
    public int Due => OnTime + Late + Overdue;
    public double? Rate => Due == 0 ? null : 100.0 * OnTime / Due;
}

/// <summary>A region's graduates in the database who want a job, and those whose services of the year fall short of the standard
/// (GRD-02).</summary>
public sealed record ServiceFigure(string Key, int WantingJob, int Short)
{
    public double? Rate => WantingJob == 0 ? null : 100.0 * (WantingJob - Short) / WantingJob;
}

/// <summary>
/// What the reports ask of the real-name database, by region (the first <c>keyLength</c> digits of the county) within the viewer's
/// scope: the figures of the work list's views and the compliance page (<see cref="GraduateQueries"/>), read from the materialised counts
/// that equal them, so that a figure is the length of the list it links to (the links below).
/// </summary>
public sealed class GraduateFigures(IOptions<GraduatesOptions> options, Counts.CohortCounts counts, Counts.ContactServiceCounts contactServices)
{
    public int TargetRatePercent => options.Value.TargetRatePercent;
    public int ContactWorkingDays => options.Value.ContactWorkingDays;

    /// <summary>GRD-15 from the materialised counts (<see cref="Counts.CohortCounts"/>): the same figures as the lists, read small.</summary>
    public async Task<List<EmploymentFigure>> EmploymentAsync(int cohort, DateOnly at, int keyLength, CancellationToken cancellationToken) =>
        (await counts.RatesAtAsync(cohort, at, keyLength, cancellationToken)).Select(r => new EmploymentFigure(r.Key, r.Total, r.Placed)).ToList();

    /// <summary>The cohort's rate at each date, over the whole scope: the trend.</summary>
    public async Task<List<(DateOnly On, EmploymentFigure Figure)>> TrendAsync(int cohort, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken) =>
        (await counts.TrendAsync(cohort, dates, cancellationToken)).Select(p => (p.On, new EmploymentFigure("", p.Total, p.Placed))).ToList();

    /// <summary>GRD-03 from the materialised counts (<see cref="Counts.ContactServiceCounts"/>): the first contacts due in the period
    /// by state, and those overdue <paramref name="today"/> whatever their due date.</summary>
    public Task<List<ContactFigure>> ContactAsync(DateOnly from, DateOnly to, DateOnly today, int keyLength, CancellationToken cancellationToken) =>
        contactServices.ContactAsync(from, to, today, keyLength, cancellationToken);

    /// <summary>GRD-02 from the materialised counts: those wanting a job, and those short of the services of <paramref name="year"/>.</summary>
    public Task<List<ServiceFigure>> ServicesAsync(int year, int keyLength, CancellationToken cancellationToken) =>
        contactServices.ServicesAsync(year, keyLength, cancellationToken);

    /// <summary>The cohort of a region on the work list (view "all").</summary>
    public static string CohortLink(string region, int cohort) => $"/Graduates?view={GraduateView.All}&cohort={cohort}&region={region}";

    public static string PlacedLink(string region, int cohort, DateOnly at) =>
        $"/Graduates?view={GraduateView.PlacedOn}&cohort={cohort}&region={region}&at={at:yyyy-MM-dd}";

    public static string NotPlacedLink(string region, int cohort, DateOnly at) =>
        $"/Graduates?view={GraduateView.NotPlacedOn}&cohort={cohort}&region={region}&at={at:yyyy-MM-dd}";

    public static string OverdueLink(string region) => $"/Graduates?view={GraduateView.ContactOverdue}&region={region}";

    /// <summary>This year's shortfalls (the work list's view judges the current year).</summary>
    public static string ShortLink(string region) => $"/Graduates?view={GraduateView.ShortOfServices}&region={region}";

    public static string WantingJobLink(string region) => $"/Graduates?view={GraduateView.InDatabase}&intention={GraduateIntention.Job}&region={region}";
}
