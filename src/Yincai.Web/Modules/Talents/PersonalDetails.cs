using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Talents;

/// <summary>The profile fields beyond name, ID number and household region. A null
/// <see cref="Disadvantaged"/> leaves the recorded answer as it is (officers do not see it in clear).</summary>
public sealed record PersonalDetails(string? Mobile, string? NativePlaceCode, string? CurrentRegionCode, TalentCategory Categories,
    DisadvantagedGroup? Disadvantaged);
