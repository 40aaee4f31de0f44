using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Modules.Talents.Profile;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Demo;

/// <summary>
/// A demo talent pool on first start, so that officers' lists, filters and the employers' talent search show real
/// behaviour: generated people of Shandong with an education, skills and, for about half, consent to share with
/// employers. Not run again once demo talents exist.
/// </summary>
public sealed class DemoTalents(YincaiDb db, FieldProtection protection, UniversityCatalog universities, MajorCatalog majors,
    TalentProfiles profiles, EducationRecords educations, TimeProvider clock)
{
    public const int Count = 300;

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        // Talents without a sign-in account come only from imports and this seed.
        if (await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(t => t.UserId == null, cancellationToken)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var generator = new TalentGenerator(seed: 37, ChinaClock.DateOf(now), universities, majors);
        var entities = new TalentEntities(protection, universities, majors, now);
        foreach (var row in generator.Generate(Count))
        {
            var (talent, education) = entities.From(row);
            var shares = (row.IdNumber[16] - '0') % 2 == 0;
            talent.RecordConsent(ConsentPurpose.ShareWithEmployers, shares);
            db.Talents.Add(talent);
            db.Educations.Add(education);
            if (TalentEntities.StatusOf(row) is { } status)
                profiles.RecordEmployment(talent, status, status == EmploymentStatus.Employed ? row.EmployerName : null, EmploymentSource.Import, now);
            db.Consents.Add(new Consent(talent.Id, ConsentPurpose.ShareWithEmployers, shares, Consent.CurrentTextVersion, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Count;
    }

    /// <summary>
    /// Gives the demo talent account a record if it has none, so that its workspace shows matched jobs at once: a
    /// 软件工程 bachelor of 青岛大学 from 市南区, looking for software work in Qingdao (Java development first, then data
    /// analysis), who agreed to share with
    /// employers. Made through the talent's own profile code (the same checks and field protection as a real
    /// record). Returns whether a record was created.
    /// </summary>
    public async Task<bool> SeedAccountAsync(Guid userId, string fullName, string mobile, CancellationToken cancellationToken)
    {
        if (await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(t => t.UserId == userId, cancellationToken)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaClock.DateOf(now);
        const string household = "370202";
        var birth = new DateOnly(today.Year - 24, 5, 12);
        var idNumber = await FreeIdNumberAsync(household, birth, cancellationToken);

        var saved = await profiles.SaveAsync(userId, fullName, idNumber, household,
            new PersonalDetails(mobile, household, household, TalentCategory.UnemployedGraduate, DisadvantagedGroup.None), cancellationToken);
        var talent = saved.IsError ? throw Refused(saved.Error!) : saved.Value!;
        var graduated = new DateOnly(today.Month > 6 ? today.Year : today.Year - 1, 6, 30);
        var education = await educations.SaveAsync(talent, null, new EducationForm
        {
            SchoolName = "青岛大学", Degree = DegreeLevel.Bachelor, MajorCode = "080902", MajorName = "软件工程", GraduationDate = graduated,
        }, cancellationToken);
        if (education.IsError) throw Refused(education.Error!);
        profiles.RecordEmployment(talent, EmploymentStatus.Seeking, null, EmploymentSource.Talent, now);
        talent.SetIntention(["370200"], ["65"], [JobType.FullTime, JobType.Internship], 8000, 15000,
            ["Java", "Spring Boot", "MySQL", "Vue", "Python", "数据分析"], now);
        talent.SetPositions([new IntendedPosition("2-02-10", "Java开发", null, null), new IntendedPosition("2-02-38", "数据分析", null, null)], now);
        talent.RecordConsent(ConsentPurpose.ShareWithEmployers, true);
        db.Consents.Add(new Consent(talent.Id, ConsentPurpose.ShareWithEmployers, true, Consent.CurrentTextVersion, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static InvalidOperationException Refused(Error error) => new($"The demo talent account's record was refused: {error.Code}");

    /// <summary>A valid resident ID number of the region and birth date that no record holds yet.</summary>
    private async Task<string> FreeIdNumberAsync(string region, DateOnly birth, CancellationToken cancellationToken)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        for (var sequence = 101; ; sequence += 2)
        {
            var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
            var id = body + "10X98765432"[body.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
            var index = ProtectedIdNumber.From(id, protection).Index;
            if (!await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(t => t.IdNumberIndex == index, cancellationToken)) return id;
        }
    }
}
