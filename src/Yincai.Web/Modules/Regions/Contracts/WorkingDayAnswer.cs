namespace Yincai.Modules.Regions.Contracts;

/// <summary>
/// What the working-day calendar answers, and whether it knows: <see cref="UnknownYears"/> lists the years it had to
/// count Monday to Friday for because their holiday arrangement is not loaded. An officer is shown
/// <see cref="WorkingDays.Warning{T}"/> whenever <see cref="Known"/> is false.
/// </summary>
public sealed record WorkingDayAnswer<T>(T Value, IReadOnlyList<int> UnknownYears)
{
    public bool Known => UnknownYears.Count == 0;
}
