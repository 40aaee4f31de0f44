using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Demo;

/// <summary>A few ambassadors of Qingdao and Jinan (names end in "（演示）"): serving ones with certificates, a PhD, a candidate
/// abroad waiting for filing, and one who left campus and waits for the thank-you letter.</summary>
public sealed class DemoAmbassadors(YincaiDb db, TalentEnrolment talents, UniversityCatalog universities, TimeProvider clock,
    IOptions<AmbassadorsOptions> options)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public async Task<int> SeedAsync(Guid provinceOfficerId, CancellationToken cancellationToken)
    {
        if (await db.Ambassadors.IgnoreQueryFilters().AnyAsync(cancellationToken)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaClock.DateOf(now);
        (string Name, string City, string Native, string School, string? Country, AmbassadorRole Role, DegreeLevel Degree, bool Phd, int Years, AmbassadorStatus Status)[] people =
        [
            ("王晓青（演示）", "370200", "370202", "北京大学", null, AmbassadorRole.Student, DegreeLevel.Master, false, 2, AmbassadorStatus.Active),
            ("刘海宁（演示）", "370200", "370212", "清华大学", null, AmbassadorRole.Student, DegreeLevel.Doctorate, true, 3, AmbassadorStatus.Active),
            ("陈思远（演示）", "370200", "370203", "新加坡国立大学", "新加坡", AmbassadorRole.Student, DegreeLevel.Master, false, 1, AmbassadorStatus.Candidate),
            ("赵明泉（演示）", "370100", "370102", "复旦大学", null, AmbassadorRole.Counsellor, DegreeLevel.Master, false, 4, AmbassadorStatus.Active),
            ("孙嘉禾（演示）", "370100", "370112", "浙江大学", null, AmbassadorRole.YoungTeacher, DegreeLevel.Doctorate, true, 2, AmbassadorStatus.Active),
            ("周雨辰（演示）", "370100", "370103", "山东大学", null, AmbassadorRole.Student, DegreeLevel.Bachelor, false, 1, AmbassadorStatus.Exited),
        ];
        var sequence = 0;
        foreach (var p in people)
        {
            var university = p.Country is null ? universities.FindByName(p.School) : null;
            var school = new AmbassadorSchool(university?.Code, university?.Name ?? p.School, university?.ProvinceCode, p.Country, p.Role, p.Degree, p.Phd,
                new DateOnly(today.Year + p.Years, 6, 30));
            var talent = await talents.EnsureAsync(p.Name, await FreeIdNumberAsync(p.Native, sequence, cancellationToken), p.City, p.Native, now, cancellationToken);
            var ambassador = new Ambassador(talent.Id, p.Name, talent.IdNumberMasked, p.City, p.Native, school, now);
            db.Ambassadors.Add(ambassador);
            var term = new AmbassadorTerm(ambassador.Id, p.City, school, today.AddMonths(-6));
            db.AmbassadorTerms.Add(term);
            if (p.Status is AmbassadorStatus.Active or AmbassadorStatus.Exited)
            {
                ambassador.File(today);
                var certificate = new AmbassadorCertificate(ambassador.Id, p.City, AmbassadorCertificate.NumberOf("370000", today.Year, ++sequence),
                    today.AddMonths(-6), school.ExpectedLeavingOn, options.Value.CertificateYears, provinceOfficerId);
                db.AmbassadorCertificates.Add(certificate);
                ambassador.StartService(today.AddMonths(-6));
                if (p.Status == AmbassadorStatus.Exited)
                {
                    ambassador.Exit(ExitReason.LeftCampus, today, "毕业离校（演示）", today);
                    term.End(today, ExitReason.LeftCampus, "毕业离校（演示）");
                    certificate.Revoke(today, "Exit_" + ExitReason.LeftCampus);
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return people.Length;
    }

    private async Task<string> FreeIdNumberAsync(string region, int salt, CancellationToken cancellationToken)
    {
        for (var sequence = 301 + salt * 20; ; sequence += 2)
        {
            var body = region + "20010315" + sequence.ToString("D3", CultureInfo.InvariantCulture);
            var id = body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
            if (await talents.TalentWithIndexAsync(talents.BlindIndexOf(id), cancellationToken) is null) return id;
        }
    }
}
