using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>
/// A talent's education list. Schools and majors are resolved against the MOE catalogs; every change re-summarises
/// the highest education and the categories it implies onto the talent, in the same save.
/// </summary>
public sealed class EducationRecords(YincaiDb db, UniversityCatalog universities, MajorCatalog majors,
    IStringLocalizer<TalentsResource> text, ChinaClock clock)
{
    public const int MaxPerTalent = 10;

    private DateOnly Today => clock.Today;

    public Task<List<Education>> OfAsync(Guid talentId, CancellationToken cancellationToken) =>
        db.Educations.AsNoTracking().Where(e => e.TalentId == talentId).OrderByDescending(e => e.GraduationDate)
            .ToListAsync(cancellationToken);

    public Task<Education?> FindAsync(Guid talentId, Guid id, CancellationToken cancellationToken) =>
        db.Educations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.TalentId == talentId, cancellationToken);

    /// <summary>Adds (<paramref name="id"/> null) or changes one school of the talent's own list.</summary>
    public async Task<Result> SaveAsync(Talent talent, Guid? id, EducationForm form, CancellationToken cancellationToken)
    {
        var details = Check(form);
        if (details.IsError) return details.Error!;
        var all = await db.Educations.Where(e => e.TalentId == talent.Id).ToListAsync(cancellationToken);
        if (id is null)
        {
            if (all.Count >= MaxPerTalent) return new Error("talents.too_many_educations", text["Error_TooManyEducations", MaxPerTalent]);
            var added = new Education(talent.Id, details.Value!);
            db.Educations.Add(added);
            all.Add(added);
        }
        else
        {
            if (all.FirstOrDefault(e => e.Id == id) is not { } education) return new Error("talents.not_found", text["Error_NotFound"]);
            education.Edit(details.Value!);
        }
        talent.SummariseEducation(all, Today);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<bool> RemoveAsync(Talent talent, Guid id, CancellationToken cancellationToken)
    {
        var all = await db.Educations.Where(e => e.TalentId == talent.Id).ToListAsync(cancellationToken);
        if (all.FirstOrDefault(e => e.Id == id) is not { } education) return false;
        db.Educations.Remove(education);
        all.Remove(education);
        talent.SummariseEducation(all, Today);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Resolves school and major against the catalogs; a major outside the undergraduate catalog (a graduate
    /// programme, a school abroad) is kept as typed, without a code.</summary>
    public Result<EducationDetails> Check(EducationForm form)
    {
        if (!Enum.IsDefined(form.Degree) || form.Degree == DegreeLevel.None)
            return new Error("talents.degree_required", text["Error_DegreeRequired"], "Degree");

        string? schoolCode = null, country = null;
        string schoolName;
        if (form.Abroad)
        {
            if (string.IsNullOrWhiteSpace(form.SchoolName))
                return new Error("talents.school_required", text["Error_SchoolRequired"], "SchoolName");
            if (string.IsNullOrWhiteSpace(form.Country))
                return new Error("talents.country_required", text["Error_CountryRequired"], "Country");
            (schoolName, country) = (form.SchoolName.Trim(), form.Country.Trim());
        }
        else
        {
            var university = universities.Find(form.SchoolCode) ?? universities.FindByName(form.SchoolName);
            if (university is null) return new Error("talents.unknown_school", text["Error_UnknownSchool"], "SchoolName");
            (schoolCode, schoolName) = (university.Code, university.Name);
        }

        var major = majors.Find(form.MajorCode) ?? majors.Find(form.MajorName) ?? majors.FindByName(form.MajorName);
        if (major is null && string.IsNullOrWhiteSpace(form.MajorName))
            return new Error("talents.major_required", text["Error_MajorRequired"], "MajorName");

        var today = Today;
        if (form.GraduationDate is not { } graduated || graduated < new DateOnly(1950, 1, 1) || graduated > today.AddYears(10))
            return new Error("talents.graduation_date", text["Error_GraduationDate", today.Year + 10], "GraduationDate");

        return new EducationDetails(schoolCode, schoolName, country, form.Degree, major?.Code, major?.Name ?? form.MajorName!.Trim(), graduated);
    }
}
