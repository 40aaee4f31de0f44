namespace Yincai.Modules.Talents.Contracts;

public enum Gender
{
    Female = 1,
    Male = 2,
}
