using Microsoft.Extensions.Options;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>What the graduate form offers: the household picker and the province's cities and counties as search places.</summary>
public sealed record GraduateFormChoices(RegionPicker Household, IReadOnlyList<RegionSummary> SearchPlaces)
{
    public static async Task<GraduateFormChoices> LoadAsync(RegionDirectory regions, IOptions<GraduatesOptions> options, string? province,
        string prefix, GraduateForm form, CancellationToken cancellationToken)
    {
        var household = await RegionPicker.LoadAsync(regions, typeof(GraduatesResource), "Field_Household", "Field_HouseholdProvince",
            "HouseholdProvince", province ?? options.Value.ProvinceCode, prefix + nameof(GraduateForm.HouseholdRegionCode), form.HouseholdRegionCode,
            cancellationToken);
        var places = (await regions.WithinAsync(RegionScope.ForRegion(options.Value.ProvinceCode), cancellationToken))
            .Where(r => r.Level != RegionLevel.Province).ToList();
        return new GraduateFormChoices(household, places);
    }
}
