namespace Yincai.Modules.Talents.Contracts;

/// <summary>Where an employment status came from.</summary>
public enum EmploymentSource
{
    Talent = 1,
    Officer = 2,
    Hire = 3,
    Import = 4,
}
