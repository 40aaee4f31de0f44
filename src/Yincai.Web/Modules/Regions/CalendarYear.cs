using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// A year whose holiday arrangement is loaded: only for these years does the working-day calendar answer for sure
/// (<see cref="Contracts.WorkingDays"/>). Audited: each load of a year is one row change, in the same save as its dates.
/// </summary>
public sealed class CalendarYear
{
    /// <summary>The source of the arrangements shipped with the app (ReferenceData/holidays-SOURCE.md); the app corrects
    /// these years at start when the shipped file changes, never a year an administrator loaded.</summary>
    public const string Shipped = "shipped";

    private CalendarYear() { }

    public CalendarYear(int year) => Year = year;

    public int Year { get; private set; }
    public int DayCount { get; private set; }
    /// <summary><see cref="Shipped"/>, or the name of the file an administrator loaded.</summary>
    public string Source { get; private set; } = "";
    /// <summary>The notice's web addresses (holiday-cn's <c>papers</c>), one per line.</summary>
    public string Papers { get; private set; } = "";
    public DateTime LoadedAtUtc { get; private set; }
    public Guid? LoadedBy { get; private set; }
    /// <summary>New at every load: app copies compare it with the calendar they keep in memory.</summary>
    public Guid Revision { get; private set; }

    public void Loaded(int dayCount, string source, string papers, Guid? loadedBy, DateTime nowUtc) =>
        (DayCount, Source, Papers, LoadedBy, LoadedAtUtc, Revision) = (dayCount, source, papers, loadedBy, nowUtc, Ids.New());
}
