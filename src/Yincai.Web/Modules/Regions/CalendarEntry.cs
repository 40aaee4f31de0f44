namespace Yincai.Modules.Regions;

/// <summary>A date the State Council's holiday notice lists: a day off, or an adjusted working day (调休上班).</summary>
public sealed class CalendarEntry
{
    private CalendarEntry() { }

    public CalendarEntry(DateOnly date, string name, bool isOffDay, int noticeYear) =>
        (Date, Name, IsOffDay, NoticeYear) = (date, name, isOffDay, noticeYear);

    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsOffDay { get; private set; }

    /// <summary>The notice (year file) that lists the date; a new file for that year replaces all of its dates.</summary>
    public int NoticeYear { get; private set; }

    public void Update(string name, bool isOffDay, int noticeYear) => (Name, IsOffDay, NoticeYear) = (name, isOffDay, noticeYear);
}
