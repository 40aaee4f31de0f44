namespace Yincai.Modules.Stations.Operation;

/// <summary>What a station did for a talent (STN-10); names are resources (ServiceKind_&lt;name&gt;).</summary>
public enum ServiceKind
{
    /// <summary>Free job referral (免费职介): to a job, which makes the hire that follows the station's allocation.</summary>
    Referral = 1,
    Lodging = 2,
    Policy = 3,
    Startup = 4,
    Other = 5,
}
