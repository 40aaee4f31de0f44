using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// AMB-01 as a pure check: a native of the province (籍贯 inside it), at a university at home (of the MOE list) or abroad
/// (school and country), as a student, young teacher or counsellor, still at school, willing to serve and able to write,
/// speak and organise. Returns the resolved school, or every problem with the field it concerns.
/// </summary>
public static class AmbassadorQualification
{
    private static readonly ModuleErrors Errors = new(typeof(AmbassadorsResource));

    /// <summary>Countries that mean "at home" when typed into the country field.</summary>
    private static readonly HashSet<string> Home = ["中国", "中国大陆", "China", "CN"];

    public const int MaxYearsAhead = 10;

    public static (AmbassadorSchool? School, IReadOnlyList<Error> Problems) Check(AmbassadorApplication input, string provinceCode,
        UniversityCatalog universities, DateOnly today)
    {
        var problems = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.NativePlaceCode))
            problems.Add(Errors.Make("ambassadors.native_required", "Error_NativeRequired", nameof(input.NativePlaceCode)));
        else if (!input.NativePlaceCode.StartsWith(provinceCode[..2], StringComparison.Ordinal))
            problems.Add(Errors.Make("ambassadors.not_native", "Error_NotNative", nameof(input.NativePlaceCode)));

        var country = string.IsNullOrWhiteSpace(input.Country) || Home.Contains(input.Country.Trim()) ? null : input.Country.Trim();
        University? university = null;
        if (string.IsNullOrWhiteSpace(input.SchoolName))
            problems.Add(Errors.Make("ambassadors.school_required", "Error_SchoolRequired", nameof(input.SchoolName)));
        else if (country is null && (university = universities.FindByName(input.SchoolName)) is null)
            problems.Add(Errors.Make("ambassadors.unknown_school", "Error_UnknownSchool", nameof(input.SchoolName)));

        if (input.Role is not { } role || !Enum.IsDefined(role))
            problems.Add(Errors.Make("ambassadors.role_required", "Error_RoleRequired", nameof(input.Role)));
        if (input.Degree is not { } degree || degree == DegreeLevel.None || !Enum.IsDefined(degree))
            problems.Add(Errors.Make("ambassadors.degree_required", "Error_DegreeRequired", nameof(input.Degree)));
        if (input.ExpectedLeavingOn is not { } leaving)
            problems.Add(Errors.Make("ambassadors.leaving_required", "Error_LeavingRequired", nameof(input.ExpectedLeavingOn)));
        else if (leaving <= today)
            problems.Add(Errors.Make("ambassadors.already_left", "Error_LeavingPast", nameof(input.ExpectedLeavingOn)));
        else if (leaving > today.AddYears(MaxYearsAhead))
            problems.Add(Errors.Make("ambassadors.leaving_too_far", "Error_LeavingTooFar", nameof(input.ExpectedLeavingOn)));
        if (!input.WillingAndSkilled)
            problems.Add(Errors.Make("ambassadors.not_willing", "Error_NotWilling", nameof(input.WillingAndSkilled)));

        if (problems.Count > 0) return (null, problems);
        var school = new AmbassadorSchool(university?.Code, university?.Name ?? input.SchoolName!.Trim(), university?.ProvinceCode, country,
            input.Role!.Value, input.Degree!.Value, input.IsPhd, input.ExpectedLeavingOn!.Value);
        return (school, problems);
    }
}
