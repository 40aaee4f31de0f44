namespace Yincai.Modules.Events;

/// <summary>Forms take Beijing wall-clock time; the database keeps UTC. China has no daylight saving, so the offset is fixed.</summary>
public static class EventTimes
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime ToUtc(DateTime beijing) => DateTime.SpecifyKind(beijing - Offset, DateTimeKind.Utc);

    public static DateTime ToBeijing(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);

    public static DateOnly BeijingDate(DateTime utc) => DateOnly.FromDateTime(utc + Offset);
}
