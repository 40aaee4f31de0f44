using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Talents;

public sealed class TalentTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Talent NewTalent() =>
        new(Guid.CreateVersion7(), "王小明", new ProtectedIdNumber("cipher", "index", "3702**********0015", Gender.Male, new DateOnly(2001, 5, 1)),
            "370202", Now);

    private static Education School(DegreeLevel degree, DateOnly graduated, string? country = null) =>
        new(Guid.CreateVersion7(), new EducationDetails(country is null ? "4137010422" : null, country is null ? "山东大学" : "University of Edinburgh",
            country, degree, null, "计算机科学与技术", graduated));

    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("李明", "李*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("王", "王")]
    public void MaskName_ChineseNames_KeepFirstAndLast(string name, string masked) =>
        Assert.Equal(masked, Talent.MaskName(name));

    [Fact]
    [Trait("Rule", "ENT-03")]
    public void SummariseEducation_FinishedMasters_IsGraduateAndPhdOrMaster()
    {
        var talent = NewTalent();

        talent.SummariseEducation([School(DegreeLevel.Bachelor, new(2022, 6, 30)), School(DegreeLevel.Master, new(2025, 6, 30))], Today);

        Assert.Equal(TalentCategory.Graduate | TalentCategory.PhdOrMaster, talent.Categories);
        Assert.Equal((DegreeLevel.Master, 2025), (talent.HighestDegree, talent.GraduationYear));
    }

    [Fact]
    public void SummariseEducation_DoctorateStillAttended_IsStudentAndPhdOrMasterButNotGraduate()
    {
        var talent = NewTalent();

        talent.SummariseEducation([School(DegreeLevel.Master, new(2023, 6, 30)), School(DegreeLevel.Doctorate, new(2028, 6, 30))], Today);

        Assert.Equal(TalentCategory.Student | TalentCategory.PhdOrMaster, talent.Categories);
        Assert.Equal((DegreeLevel.Doctorate, 2028), (talent.HighestDegree, talent.GraduationYear));
    }

    [Fact]
    [Trait("Rule", "ENT-04")]
    public void SummariseEducation_SchoolAbroad_AddsOverseasReturnee()
    {
        var talent = NewTalent();

        talent.SummariseEducation([School(DegreeLevel.Master, new(2024, 11, 30), country: "英国")], Today);

        Assert.True(talent.Categories.HasFlag(TalentCategory.OverseasReturnee));
    }

    [Fact]
    public void SummariseEducation_AllRemoved_ClearsWhatEducationImpliedAndKeepsWhatWasDeclared()
    {
        var talent = NewTalent();
        talent.SummariseEducation([School(DegreeLevel.Master, new(2024, 6, 30))], Today);
        talent.UpdatePersonal(null, null, null, TalentCategory.UnemployedGraduate, Now);

        talent.SummariseEducation([], Today);

        Assert.Equal(TalentCategory.UnemployedGraduate, talent.Categories);
        Assert.Equal((DegreeLevel.None, null, null), (talent.HighestDegree, talent.GraduationYear, talent.SchoolName));
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public void UpdatePersonal_DeclaringCategories_KeepsThoseEducationImplies()
    {
        var talent = NewTalent();
        talent.SummariseEducation([School(DegreeLevel.Master, new(2024, 6, 30))], Today);

        talent.UpdatePersonal(new ProtectedMobile("cipher", "index", "139****5678"), "370781", "370212", TalentCategory.UnemployedGraduate, Now);

        Assert.Equal(TalentCategory.Graduate | TalentCategory.PhdOrMaster | TalentCategory.UnemployedGraduate, talent.Categories);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public void RecordEmployment_Employed_EndsUnemployedGraduate()
    {
        var talent = NewTalent();
        talent.SummariseEducation([School(DegreeLevel.Bachelor, new(2025, 6, 30))], Today);
        talent.UpdatePersonal(null, null, null, TalentCategory.UnemployedGraduate, Now);

        talent.RecordEmployment(EmploymentStatus.Employed, "青岛示例科技有限公司", Now);

        Assert.Equal(TalentCategory.Graduate, talent.Categories);
    }

    [Fact]
    [Trait("Rule", "GRD-01")]
    public void UpdatePersonal_EmployedDeclaringUnemployedGraduate_StaysOffTheList()
    {
        var talent = NewTalent();
        talent.RecordEmployment(EmploymentStatus.Employed, "青岛示例科技有限公司", Now);

        talent.UpdatePersonal(null, null, null, TalentCategory.UnemployedGraduate | TalentCategory.OverseasReturnee, Now);

        Assert.Equal(TalentCategory.OverseasReturnee, talent.Categories);
    }

    [Fact]
    public void RecordEmployment_Seeking_KeepsUnemployedGraduate()
    {
        var talent = NewTalent();
        talent.UpdatePersonal(null, null, null, TalentCategory.UnemployedGraduate, Now);

        talent.RecordEmployment(EmploymentStatus.Seeking, null, Now);

        Assert.Equal(TalentCategory.UnemployedGraduate, talent.Categories);
    }

    [Fact]
    public void UpdatePersonal_ClaimingDerivedCategories_IgnoresThem()
    {
        var talent = NewTalent();

        talent.UpdatePersonal(null, null, null, TalentCategory.Graduate | TalentCategory.PhdOrMaster | TalentCategory.Student, Now);

        Assert.Equal(TalentCategory.Student, talent.Categories);
    }

    [Fact]
    public void Erase_RemovesPersonalDataAndKeepsTheRegionForStatistics()
    {
        var talent = NewTalent();
        talent.UpdatePersonal(new ProtectedMobile("cipher", "index", "139****5678"), "370781", "370212", TalentCategory.Student, Now);

        talent.Erase(Now);

        Assert.True(talent.IsErased);
        Assert.Equal(("", "", null, null, "370202"), (talent.FullName, talent.IdNumberCipher, talent.MobileMasked, talent.UserId, talent.RegionCode));
    }

    [Fact]
    public void Erase_ClearsBirthDateGenderAndWhereThePersonComesFromAndLives()
    {
        var talent = NewTalent();
        talent.UpdatePersonal(new ProtectedMobile("cipher", "index", "139****5678"), "370781", "370212", TalentCategory.Student, Now);

        talent.Erase(Now);

        Assert.Equal(((DateOnly?)null, (Gender?)null, (string?)null, (string?)null, ""),
            (talent.BirthDate, talent.Gender, talent.NativePlaceCode, talent.CurrentRegionCode, talent.IdNumberMasked));
    }
}
