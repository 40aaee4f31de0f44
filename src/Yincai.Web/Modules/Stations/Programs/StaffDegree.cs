namespace Yincai.Modules.Stations.Programs;

/// <summary>A staff member's highest degree, in order.</summary>
public enum StaffDegree
{
    BelowCollege = 1,
    College = 2,
    Bachelor = 3,
    Master = 4,
    Doctor = 5,
}
