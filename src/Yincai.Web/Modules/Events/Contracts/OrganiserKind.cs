namespace Yincai.Modules.Events.Contracts;

/// <summary>Who organises an event. Offices are government; every other kind needs an officer's approval (STN-11).</summary>
public enum OrganiserKind
{
    /// <summary>A public employment and talent service office (Regions module).</summary>
    Office = 1,
    /// <summary>A talent station or returnee home (issue: Stations); its id is the station's once that module exists.</summary>
    Station = 2,
    /// <summary>A university's employment office (Graduates module's campus); its id is the campus record's. Its career classes
    /// are its own teaching and publish without an office's approval.</summary>
    University = 3,
}
