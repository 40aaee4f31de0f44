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
}
