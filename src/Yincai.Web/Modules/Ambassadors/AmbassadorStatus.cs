namespace Yincai.Modules.Ambassadors;

/// <summary>候选 → 备案 → 在任 → 退出.</summary>
public enum AmbassadorStatus
{
    Candidate = 1,
    /// <summary>Filed with the province (备案), certificate not issued yet.</summary>
    Filed = 2,
    Active = 3,
    Exited = 4,
}
