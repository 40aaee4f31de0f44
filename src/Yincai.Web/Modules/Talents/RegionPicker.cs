using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>
/// One two-step region picker of a form (province, then city or county) where a form has several: the fields it
/// posts and the choices to show. A province pick re-renders the form; a code of another province is then dropped.
/// </summary>
public sealed record RegionPicker(string LabelKey, string ProvinceLabelKey, string ProvinceName, string? Province,
    string CodeName, string? Code, RegionChoices Choices)
{
    public static async Task<RegionPicker> LoadAsync(RegionDirectory regions, string labelKey, string provinceLabelKey,
        string provinceName, string? province, string codeName, string? code, CancellationToken cancellationToken)
    {
        if (RegionScope.IsRegionCode(province) && RegionScope.IsRegionCode(code) && code![..2] != province![..2]) code = null;
        var choices = await regions.ChoicesAsync(province, code, cancellationToken);
        return new RegionPicker(labelKey, provinceLabelKey, provinceName, choices.Province, codeName, code, choices);
    }

    public string ProvinceId => ProvinceName.Replace('.', '_');
    public string CodeId => CodeName.Replace('.', '_');
}
