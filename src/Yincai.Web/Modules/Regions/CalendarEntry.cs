namespace Yincai.Modules.Regions;

/// <summary>A date the State Council's holiday notice lists: a day off, or an adjusted working day (调休上班).</summary>
public sealed class CalendarEntry
{
    private CalendarEntry() { }

    public CalendarEntry(DateOnly date, string name, bool isOffDay) => (Date, Name, IsOffDay) = (date, name, isOffDay);

    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsOffDay { get; private set; }

    public void Update(string name, bool isOffDay) => (Name, IsOffDay) = (name, isOffDay);
}
