namespace Yincai.Modules.Talents.Contracts;

public enum DegreeLevel
{
    None = 0,
    Vocational = 1,
    Bachelor = 2,
    Master = 3,
    Doctorate = 4,
}
