namespace Yincai.Platform;

/// <summary>
/// The one clock for "today", day boundaries and wall-clock time: China Standard Time (UTC+8), read from the injected
/// <see cref="TimeProvider"/> (so tests drive it with a fake). Instants stay UTC <see cref="DateTime"/>s in the database;
/// a calendar date (a job's last day, a deadline, an event's day) is a <see cref="DateOnly"/> in China time.
/// </summary>
/// <remarks>
/// China has kept one time zone without daylight saving since 1991, so a fixed +08:00 offset is exact for every date the
/// app deals with and needs no time-zone database (which a minimal container may lack).
/// </remarks>
public sealed class ChinaClock(TimeProvider time)
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current instant, UTC, as stored.</summary>
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>The wall-clock time in China now (Kind Unspecified: it is not an instant to store).</summary>
    public DateTime Now => ToChina(UtcNow);

    /// <summary>Today's date in China.</summary>
    public DateOnly Today => DateOf(UtcNow);

    /// <summary>The wall-clock time in China at the UTC instant <paramref name="utc"/>.</summary>
    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);

    /// <summary>The UTC instant of a China wall-clock time (a form's input).</summary>
    public static DateTime ToUtc(DateTime china) => DateTime.SpecifyKind(china - Offset, DateTimeKind.Utc);

    /// <summary>The date in China at the UTC instant <paramref name="utc"/>.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    /// <summary>The UTC instant at which <paramref name="day"/> begins in China (16:00 UTC the day before).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The UTC instant at which <paramref name="day"/> ends in China, exclusive: the start of the next day.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => StartOfDayUtc(day.AddDays(1));

    /// <summary>The UTC instant at which <paramref name="year"/> begins in China.</summary>
    public static DateTime StartOfYearUtc(int year) => StartOfDayUtc(new DateOnly(year, 1, 1));
}
