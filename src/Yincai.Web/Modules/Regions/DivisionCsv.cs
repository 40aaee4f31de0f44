using Yincai.Platform;
using Yincai.Modules.Regions.Contracts;
namespace Yincai.Modules.Regions;

/// <summary>Reads divisions-2024.csv: code,name,level,parent_code,province_code,...</summary>
internal static class DivisionCsv
{
    public static IReadOnlyList<Region> LoadEmbedded()
    {
        using var reader = EmbeddedReferenceData.Open("divisions-2024.csv");
        reader.ReadLine();
        var regions = new List<Region>(3300);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            var level = f[2] switch
            {
                "province" => RegionLevel.Province,
                "prefecture" => RegionLevel.Prefecture,
                _ => RegionLevel.County,
            };
            regions.Add(new Region(f[0], f[1], level, f[3].Length == 0 ? null : f[3], f[4]));
        }
        return regions;
    }
}
