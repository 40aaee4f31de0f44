namespace Yincai.Modules.Graduates;

/// <summary>The officer's work list's views: what needs doing first.</summary>
public enum GraduateView
{
    InDatabase = 0,
    ContactOwed = 1,
    ContactOverdue = 2,
    ShortOfServices = 3,
    Mine = 4,
    Unassigned = 5,
    Left = 6,
    All = 7,
    /// <summary>The cohort's graduates placed on a date (GRD-15).</summary>
    PlacedOn = 8,
    /// <summary>The cohort's graduates not placed on a date: what keeps the rate down.</summary>
    NotPlacedOn = 9,
}
