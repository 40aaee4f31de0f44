namespace Yincai.Modules.Regions;

/// <summary>One date from the State Council's holiday arrangement.</summary>
/// <param name="IsOffDay">
/// <see langword="true"/> for a statutory day off; <see langword="false"/> for an adjusted working day
/// (调休上班), usually a Saturday or Sunday.
/// </param>
public sealed record CalendarDay(DateOnly Date, bool IsOffDay, string Name = "");
