using Yincai.Platform.Validation;

namespace Yincai.Modules.Graduates;

/// <summary>Why a person may take an internship (见习), GRD-08.</summary>
public enum InternshipBasis
{
    /// <summary>A graduate who left school no more than 3 years before the start.</summary>
    LeftSchoolWithin3Years = 1,
    /// <summary>A youth aged 16 to 24 on the start date.</summary>
    Aged16To24 = 2,
}

/// <summary>
/// GRD-08 (鲁人社字〔2020〕128号 §四(二)): internships are open to graduates within 3 years of leaving school and to youths aged
/// 16–24 (周岁: from the 16th birthday to the day before the 25th) on the start date. A pure rule, for unit tests and the bench.
/// </summary>
public static class InternshipEligibility
{
    public const int YearsSinceLeaving = 3, MinAge = 16, MaxAge = 24;

    /// <summary>The first basis that holds on <paramref name="startOn"/>, or null when neither does.</summary>
    public static InternshipBasis? Check(DateOnly? birthDate, DateOnly? leftSchoolOn, DateOnly startOn)
    {
        if (leftSchoolOn is { } left && left <= startOn && startOn <= left.AddYears(YearsSinceLeaving)) return InternshipBasis.LeftSchoolWithin3Years;
        if (birthDate is { } born && ResidentIdNumber.AgeOn(born, startOn) is >= MinAge and <= MaxAge) return InternshipBasis.Aged16To24;
        return null;
    }
}
