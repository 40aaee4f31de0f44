namespace Yincai.Modules.Regions.Contracts;

public enum RegionLevel
{
    Province = 1,
    Prefecture = 2,
    County = 3,
}
