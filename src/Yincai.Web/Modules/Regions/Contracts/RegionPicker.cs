using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>
/// One two-step region picker of a form (province, then city or county) where a form has several: the fields it
/// posts and the choices to show (partial Shared/_RegionPicker). A province pick re-renders the form; a code of another
/// province is then dropped. Labels are keys of <see cref="Resource"/>, the module's texts, which also hold ChooseProvince,
/// ChooseRegion and ShowRegions.
/// </summary>
public sealed record RegionPicker(Type Resource, string LabelKey, string ProvinceLabelKey, string ProvinceName, string? Province,
    string CodeName, string? Code, RegionChoices Choices)
{
    public static async Task<RegionPicker> LoadAsync(RegionDirectory regions, Type resource, string labelKey, string provinceLabelKey,
        string provinceName, string? province, string codeName, string? code, CancellationToken cancellationToken)
    {
        if (RegionScope.IsRegionCode(province) && RegionScope.IsRegionCode(code) && code![..2] != province![..2]) code = null;
        var choices = await regions.ChoicesAsync(province, code, cancellationToken);
        return new RegionPicker(resource, labelKey, provinceLabelKey, provinceName, choices.Province, codeName, code, choices);
    }

    public string ProvinceId => ProvinceName.Replace('.', '_');
    public string CodeId => CodeName.Replace('.', '_');
}
