namespace Yincai.Modules.Events.Contracts;

/// <summary>Who organises an event. Offices are government; every other kind needs an officer's approval (STN-11).</summary>
public enum OrganiserKind
{
    /// <summary>A public employment and talent service office (Regions module).</summary>
    Office = 1,
    /// <summary>A talent station or returnee home (issue: Stations); its id is the station's once that module exists.</summary>
    Station = 2,
}
