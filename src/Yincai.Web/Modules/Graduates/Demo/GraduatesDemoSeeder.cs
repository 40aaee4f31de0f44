using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Graduates.Demo;

/// <summary>
/// A few graduates of the real-name database (names end in "（演示）"), registered through <see cref="RealNameDatabase"/> as real
/// ones are: in 市南区 (which has its own officer) a fresh phone registration, an overdue one, one served three times, one from
/// another province looking for work there and one employed; one in 崂山区 (no county officer: unassigned); two in Jinan. The
/// overdue one is from a poverty-registered family and has a help plan with one step (GRD-13).
/// </summary>
public sealed class GraduatesDemoSeeder(YincaiDb db, RealNameDatabase graduates, HelpPlans plans, TalentEnrolment talents, UniversityCatalog universities,
    ChinaClock clock) : IDemoSeeder
{
    public int Order => 70;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.Graduates.IgnoreQueryFilters().AnyAsync(cancellationToken)) return;
        var today = clock.Today;
        var cohort = today.Month >= 7 ? today.Year : today.Year - 1;
        var left = new DateOnly(cohort, 6, 30);
        (string Name, string Household, string? Search, string School, DegreeLevel Degree, string Major, GraduateIntention Intention,
            GraduateSource Source, int DaysAgo, int Services, GraduateOutcome Outcome)[] people =
        [
            ("张晓雨（演示）", "370202", null, "青岛大学", DegreeLevel.Bachelor, "软件工程", GraduateIntention.Job, GraduateSource.Online, 0, 0, GraduateOutcome.NotYet),
            ("李沐阳（演示）", "370202", null, "中国海洋大学", DegreeLevel.Bachelor, "会计学", GraduateIntention.Job, GraduateSource.Online, 12, 0, GraduateOutcome.NotYet),
            ("王一凡（演示）", "370202", null, "山东科技大学", DegreeLevel.Master, "机械工程", GraduateIntention.Job, GraduateSource.Online, 20, 3, GraduateOutcome.NotYet),
            ("赵可欣（演示）", "410102", "370202", "郑州大学", DegreeLevel.Bachelor, "市场营销", GraduateIntention.Job, GraduateSource.Online, 2, 0, GraduateOutcome.NotYet),
            ("刘子墨（演示）", "370202", null, "青岛大学", DegreeLevel.Bachelor, "化学工程与工艺", GraduateIntention.Job, GraduateSource.University, 60, 2, GraduateOutcome.Employed),
            ("陈书瑶（演示）", "370212", null, "青岛理工大学", DegreeLevel.Vocational, "土木工程", GraduateIntention.Job, GraduateSource.Online, 4, 0, GraduateOutcome.NotYet),
            ("孙浩然（演示）", "370102", null, "山东大学", DegreeLevel.Bachelor, "汉语言文学", GraduateIntention.Job, GraduateSource.Online, 25, 1, GraduateOutcome.NotYet),
            ("周婉清（演示）", "370112", null, "山东师范大学", DegreeLevel.Bachelor, "数学与应用数学", GraduateIntention.FurtherStudy, GraduateSource.Officer, 40, 1, GraduateOutcome.FurtherStudy),
        ];
        var sequence = 0;
        Graduate? helped = null;
        foreach (var p in people)
        {
            var id = await FreeIdNumberAsync(p.Household, cohort - 22, sequence++, cancellationToken);
            var person = new GraduatePerson(p.Name, id, "1390000" + (2000 + sequence).ToString(CultureInfo.InvariantCulture), p.Household,
                universities.FindByName(p.School)?.Code, p.School, p.Degree,
                null, p.Major, left, sequence == 2 ? DisadvantagedGroup.PoorFamily : DisadvantagedGroup.None);
            var registeredAt = ChinaClock.StartOfDayUtc(today.AddDays(-p.DaysAgo)) + TimeSpan.FromHours(10);
            var registered = await graduates.RegisterAsync(new GraduateRegistration(person, p.Search, p.Intention, p.Source, registeredAt), cancellationToken);
            var graduate = registered.Value ?? throw new InvalidOperationException($"Demo graduate {p.Name}: {registered.Error?.Code}");
            if (sequence == 2) helped = graduate;
            for (var s = 0; s < p.Services; s++)
            {
                var kind = s == 0 ? ServiceKind.CareerGuidance : s == 1 ? ServiceKind.PolicyConsultation : ServiceKind.TrainingReferral;
                var on = graduate.RegisteredOn.AddDays(2 + s * 3);
                if (on > today) on = today;
                var served = await graduates.RecordServiceAsync(graduate, kind, ServiceChannel.Phone, on, "演示服务记录", [], cancellationToken);
                if (served.IsError) throw new InvalidOperationException($"Demo service of {p.Name}: {served.Error!.Code}");
            }
            if (p.Outcome != GraduateOutcome.NotYet)
                await graduates.SetOutcomeAsync(graduate, p.Outcome, today.AddDays(-5), p.Outcome == GraduateOutcome.Employed ? "劳动合同（演示）" : "录取通知书（演示）",
                    p.Outcome == GraduateOutcome.Employed ? "青岛海纳科技有限公司（演示）" : null, OutcomeSource.Officer, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (helped is not null && (await plans.CreateAsync(helped, cancellationToken)).Value is { } plan)
        {
            plans.AddStep(plan, today.AddDays(3), "上门了解求职意向，推荐三个匹配岗位（演示）");
            await db.SaveChangesAsync(cancellationToken);
        }
        context.Created(people.Length, "graduates");
    }

    private async Task<string> FreeIdNumberAsync(string region, int birthYear, int salt, CancellationToken cancellationToken)
    {
        for (var sequence = 501 + salt * 20; ; sequence += 2)
        {
            var id = ResidentIdNumber.WithCheckCharacter(region + birthYear.ToString("D4", CultureInfo.InvariantCulture) + "0512"
                + sequence.ToString("D3", CultureInfo.InvariantCulture));
            if (await talents.TalentWithIndexAsync(talents.BlindIndexOf(id), cancellationToken) is null) return id;
        }
    }
}
