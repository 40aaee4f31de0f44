using Yincai.Platform;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Demo;

/// <summary>Turns generated rows into the platform's own entities (encrypted ID and mobile, education summary), as an
/// import creates them; the employment status is recorded by the caller through <see cref="TalentProfiles.RecordEmployment"/>.</summary>
public sealed class TalentEntities(FieldProtection protection, UniversityCatalog universities, MajorCatalog majors, DateTime nowUtc)
{
    public (Talent Talent, Education Education) From(GeneratedTalent row)
    {
        var talent = new Talent(null, row.FullName, ProtectedIdNumber.From(row.IdNumber, protection), row.HouseholdRegionCode, nowUtc);
        var degree = row.Degree switch { "专科" => DegreeLevel.Vocational, "本科" => DegreeLevel.Bachelor, "硕士" => DegreeLevel.Master, _ => DegreeLevel.Doctorate };
        var education = new Education(talent.Id, new EducationDetails(universities.FindByName(row.School)?.Code, row.School, row.Country,
            degree, majors.FindByName(row.Major)?.Code, row.Major, row.GraduationDate));
        var categories = TalentCategory.None;
        if (row.Categories.Contains("离校未就业", StringComparison.Ordinal)) categories |= TalentCategory.UnemployedGraduate;
        talent.UpdatePersonal(ProtectedMobile.From(row.Mobile, protection), row.NativePlaceCode, row.CurrentRegionCode, categories, nowUtc);
        talent.SummariseEducation([education], ChinaClock.DateOf(nowUtc));
        // Through the same protection as a talent's own answer: the readers parse the flags' number.
        talent.SetDisadvantaged(DisadvantagedGroupProtection.Encrypt(DisadvantagedGroup.None, protection));
        talent.SetIntention([row.HouseholdRegionCode[..4] + "00"], [], [], null, null, row.Skills, nowUtc);
        return (talent, education);
    }

    /// <summary>The generated status, or null when the row has none.</summary>
    public static EmploymentStatus? StatusOf(GeneratedTalent row) =>
        row.Status switch { "已就业" => EmploymentStatus.Employed, "求职中" => EmploymentStatus.Seeking, _ => null };
}
