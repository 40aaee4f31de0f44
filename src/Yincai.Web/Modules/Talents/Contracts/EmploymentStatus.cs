namespace Yincai.Modules.Talents.Contracts;

public enum EmploymentStatus
{
    Unknown = 0,
    Seeking = 1,
    Employed = 2,
}
