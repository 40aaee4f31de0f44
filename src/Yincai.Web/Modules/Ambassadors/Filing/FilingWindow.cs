namespace Yincai.Modules.Ambassadors.Filing;

/// <summary>A filing deadline of the province: data per year, seeded from the notice (AMB-13, AMB-15), changeable by an admin.</summary>
public sealed class FilingWindow
{
    private FilingWindow() { }

    public FilingWindow(int id, int year, FilingWindowKind kind, DateOnly dueOn) => (Id, Year, Kind, DueOn) = (id, year, kind, dueOn);

    public int Id { get; private set; }
    public int Year { get; private set; }
    public FilingWindowKind Kind { get; private set; }
    /// <summary>The last day (Beijing) a batch counts as on time.</summary>
    public DateOnly DueOn { get; private set; }

    public void MoveTo(DateOnly dueOn) => DueOn = dueOn;

    /// <summary>The notice's windows for 2023–2035: initial filing by 30 June 2023, then end of May and end of November.</summary>
    public static IEnumerable<FilingWindow> FromNotice()
    {
        var id = 1;
        yield return new FilingWindow(id++, 2023, FilingWindowKind.Initial, new DateOnly(2023, 6, 30));
        yield return new FilingWindow(id++, 2023, FilingWindowKind.Changes, new DateOnly(2023, 11, 30));
        for (var year = 2024; year <= 2035; year++)
        {
            yield return new FilingWindow(id++, year, FilingWindowKind.Changes, new DateOnly(year, 5, 31));
            yield return new FilingWindow(id++, year, FilingWindowKind.Changes, new DateOnly(year, 11, 30));
        }
    }
}
