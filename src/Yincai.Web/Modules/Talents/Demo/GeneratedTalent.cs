namespace Yincai.Modules.Talents.Demo;

/// <summary>One generated talent, as an officer's spreadsheet would list them.</summary>
public sealed record GeneratedTalent(string FullName, string IdNumber, string Mobile, string HouseholdRegionCode, string NativePlaceCode,
    string CurrentRegionCode, string School, string? Country, string Degree, string Major, DateOnly GraduationDate,
    string Categories, string Status, string? EmployerName, IReadOnlyList<string> Skills);
