namespace Yincai.Modules.Stations.Operation;

public enum EventPlanStatus
{
    Draft = 1,
    Submitted = 2,
    /// <summary>Its events run in the approving office's name without approval one by one (STN-11).</summary>
    Approved = 3,
    Returned = 4,
}
