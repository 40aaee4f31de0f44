namespace Yincai.Modules.Graduates;

/// <summary>Who said where a graduate went.</summary>
public enum OutcomeSource
{
    /// <summary>An officer's entry with evidence.</summary>
    Officer = 1,
    /// <summary>A hire on the platform.</summary>
    Hire = 2,
    /// <summary>A service's outcome (a recommended job taken).</summary>
    Service = 3,
}
