namespace Yincai.Modules.Talents.Contracts;

/// <summary>What a talent may agree to share, each recorded with the time and the version of the text shown.</summary>
public enum ConsentPurpose
{
    /// <summary>Employers may find the profile in talent search (ENT-04).</summary>
    ShareWithEmployers = 1,
    /// <summary>Talent stations and service offices may contact the person with offers of service.</summary>
    ShareWithStations = 2,
}
