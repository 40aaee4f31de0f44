using Yincai.Modules.Graduates;
using Yincai.Modules.Graduates.Counts;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>
/// The employment rate's materialised counts (<see cref="CohortCounts"/>) say what the records say (<see cref="GraduateQueries.RatesAtAsync"/>)
/// on every date, through steps set back in time, two steps on one day and a return to the database; and again once merged and once
/// made from the records.
/// </summary>
public sealed class CohortCountsTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private Task StepAsync(Guid graduateId, GraduateOutcome outcome, DateOnly on) => app.WithServicesAsync(async s =>
    {
        s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", "371600", [Roles.Officer]);
        var db = s.GetRequiredService<YincaiDb>();
        var graduate = await db.Graduates.SingleAsync(g => g.Id == graduateId, Ct);
        var set = await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(graduate, outcome, on, outcome == GraduateOutcome.NotYet ? "" : "证明",
            null, OutcomeSource.Officer, Ct);
        Assert.False(set.IsError, set.Error?.Message);
        await db.SaveChangesAsync(Ct);
    });

    private async Task AssertCountsAreTheRecordsAsync(int cohort, string stage)
    {
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<YincaiDb>();
            var counts = s.GetRequiredService<CohortCounts>();
            for (var on = Today.AddDays(-30); on <= Today; on = on.AddDays(1))
                foreach (var length in new[] { 4, 6 })
                {
                    var live = await db.Graduates.AsNoTracking().RatesAtAsync(db.GraduateOutcomes, cohort, on, length, Ct);
                    var counted = await counts.RatesAtAsync(cohort, on, length, Ct);
                    Assert.True(live.SequenceEqual(counted), $"{stage}, {on}, {length} digits: records {string.Join(";", live)}, counts {string.Join(";", counted)}");
                }
        });
    }

    [Fact]
    [Trait("Rule", "GRD-15")]
    public async Task Counts_AgreeWithTheRecordsOnEveryDate_ThroughBackDatedAndSameDaySteps_AndAfterMergingAndRebuilding()
    {
        var cohort = Today.Year - 5; // a class of its own in this county
        var left = new DateOnly(cohort, 6, 30);
        var registered = ChinaMorning(Today.AddDays(-40));
        var g = new List<Graduate>();
        for (var i = 0; i < 4; i++) g.Add(await app.RegisterAsync(Person(i < 3 ? "371603" : "371602", left: left), registeredAtUtc: registered));

        await StepAsync(g[0].Id, GraduateOutcome.Employed, Today.AddDays(-10));
        await StepAsync(g[0].Id, GraduateOutcome.NotYet, Today.AddDays(-5)); // back in the database
        await StepAsync(g[0].Id, GraduateOutcome.Employed, Today.AddDays(-2));
        await StepAsync(g[1].Id, GraduateOutcome.Employed, Today.AddDays(-3));
        await StepAsync(g[1].Id, GraduateOutcome.FurtherStudy, Today.AddDays(-20)); // set back before the step already there
        await StepAsync(g[2].Id, GraduateOutcome.Employed, Today.AddDays(-7));
        await StepAsync(g[2].Id, GraduateOutcome.NotYet, Today.AddDays(-7)); // the later of one day's two steps stands
        await StepAsync(g[3].Id, GraduateOutcome.StartedBusiness, Today);
        await AssertCountsAreTheRecordsAsync(cohort, "as written");

        await app.WithServicesAsync(s => s.GetRequiredService<CohortCounts>().CompactAsync(Ct));
        await AssertCountsAreTheRecordsAsync(cohort, "merged");
        // One row per county and day once merged.
        var keys = await app.WithDbAsync(db => db.Set<CohortDayCount>().IgnoreQueryFilters().Where(c => c.Cohort == cohort)
            .Select(c => new { c.RegionCode, c.Day }).ToListAsync(Ct));
        Assert.Equal(keys.Count, keys.Distinct().Count());

        await app.WithServicesAsync(s => s.GetRequiredService<CohortCounts>().RebuildAsync(Ct));
        await AssertCountsAreTheRecordsAsync(cohort, "rebuilt");
    }
}
