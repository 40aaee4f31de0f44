using Yincai.Modules.Regions.Contracts;
namespace Yincai.Modules.Regions;

/// <summary>An administrative division (GB/T 2260, Ministry of Civil Affairs list).</summary>
public sealed class Region
{
    private Region() { }

    public Region(string code, string name, RegionLevel level, string? parentCode, string provinceCode)
        => (Code, Name, Level, ParentCode, ProvinceCode) = (code, name, level, parentCode, provinceCode);

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public RegionLevel Level { get; private set; }
    public string? ParentCode { get; private set; }
    public string ProvinceCode { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
