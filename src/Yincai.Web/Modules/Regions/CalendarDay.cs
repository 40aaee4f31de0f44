namespace Yincai.Modules.Regions;

/// <summary>One date from the State Council's holiday arrangement.</summary>
/// <param name="IsOffDay">
/// <see langword="true"/> for a statutory day off; <see langword="false"/> for an adjusted working day
/// (调休上班), usually a Saturday or Sunday.
/// </param>
/// <param name="NoticeYear">The year of the notice (and of the holiday-cn file) that lists the date: late-December dates
/// can sit in the next year's notice (2018-12-29 is in 2019's). 0 when unknown.</param>
public sealed record CalendarDay(DateOnly Date, bool IsOffDay, string Name = "", int NoticeYear = 0);
