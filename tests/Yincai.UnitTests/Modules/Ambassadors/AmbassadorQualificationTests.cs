using Yincai.Modules.Ambassadors;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Ambassadors;

public sealed class AmbassadorQualificationTests
{
    private static readonly UniversityCatalog Universities = new();
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static AmbassadorApplication Valid() =>
        new("370202", "北京大学", null, AmbassadorRole.Student, DegreeLevel.Master, false, Today.AddYears(2), true);

    [Fact]
    [Trait("Rule", "AMB-01")]
    public void Check_NativeStudentAtAHomeUniversity_Qualifies()
    {
        var (school, problems) = AmbassadorQualification.Check(Valid(), "370000", Universities, Today);

        Assert.Empty(problems);
        Assert.Equal(("北京大学", "110000", false), (school!.SchoolName, school.SchoolProvinceCode, school.IsAbroad));
    }

    [Fact]
    [Trait("Rule", "AMB-01")]
    public void Check_SchoolAbroadWithCountry_Qualifies()
    {
        var (school, problems) = AmbassadorQualification.Check(Valid() with { SchoolName = "University of Oxford", Country = "英国" }, "370000", Universities, Today);

        Assert.Empty(problems);
        Assert.True(school!.IsAbroad);
    }

    [Theory]
    [Trait("Rule", "AMB-01")]
    [InlineData("NativePlaceCode")]
    [InlineData("SchoolName")]
    [InlineData("Role")]
    [InlineData("ExpectedLeavingOn")]
    [InlineData("WillingAndSkilled")]
    public void Check_EachConditionOfTheNotice_IsRequired(string field)
    {
        var input = field switch
        {
            "NativePlaceCode" => Valid() with { NativePlaceCode = "320102" }, // a Nanjing native: not of Shandong
            "SchoolName" => Valid() with { SchoolName = "不存在的大学" },
            "Role" => Valid() with { Role = null },
            "ExpectedLeavingOn" => Valid() with { ExpectedLeavingOn = Today },
            _ => Valid() with { WillingAndSkilled = false },
        };

        var (school, problems) = AmbassadorQualification.Check(input, "370000", Universities, Today);

        Assert.Null(school);
        Assert.Equal(field, Assert.Single(problems).Field);
    }
}
