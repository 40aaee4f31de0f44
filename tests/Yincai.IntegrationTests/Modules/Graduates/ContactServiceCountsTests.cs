using Yincai.Modules.Graduates;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Modules.Graduates.Counts;
using Yincai.Modules.Talents.Contracts;
using static Yincai.IntegrationTests.Modules.Graduates.GraduateTestData;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>
/// The contact (GRD-03) and services (GRD-02) figures the reports read from their materialised counts (<see cref="ContactServiceCounts"/>)
/// say what the records say (<see cref="GraduateQueries"/>), for every scope and key length, on the clock's date in Beijing: through
/// registration, contact on time, late, back-dated and never, the due date passing at midnight in Beijing, leaving and returning, a
/// hire, services, a change of intention and of standard, the year rolling over; and again once merged and once made from empty.
/// </summary>
public sealed class ContactServiceCountsTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task ChangeAsync(Guid graduateId, Func<IServiceProvider, Graduate, Task> change) => app.WithServicesAsync(async s =>
    {
        s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", "370000", [Roles.Officer]);
        var db = s.GetRequiredService<YincaiDb>();
        var graduate = await db.Graduates.SingleAsync(g => g.Id == graduateId, Ct);
        await change(s, graduate);
        await db.SaveChangesAsync(Ct);
    });

    private Task ServeAsync(Guid graduateId, DateOnly on, ServiceKind kind = ServiceKind.JobRecommendation) => ChangeAsync(graduateId, async (s, g) =>
    {
        var served = await s.GetRequiredService<RealNameDatabase>().RecordServiceAsync(g, kind, ServiceChannel.Phone, on, "服务", [], Ct);
        Assert.False(served.IsError, served.Error?.Message);
    });

    private Task OutcomeAsync(Guid graduateId, GraduateOutcome outcome) => ChangeAsync(graduateId, async (s, g) =>
    {
        var set = await s.GetRequiredService<RealNameDatabase>().SetOutcomeAsync(g, outcome, app.ChinaToday,
            outcome == GraduateOutcome.NotYet ? "" : "证明", null, OutcomeSource.Officer, Ct);
        Assert.False(set.IsError, set.Error?.Message);
    });

    private Task IntentionAsync(Guid graduateId, GraduateIntention intention) => ChangeAsync(graduateId, (s, g) =>
    {
        s.GetRequiredService<RealNameDatabase>().ChangeIntention(g, intention);
        return Task.CompletedTask;
    });

    private Task StandardAsync(string county, IReadOnlyList<ServiceRequirement> requirements) => app.WithServicesAsync(async s =>
    {
        s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", "370000", [Roles.Officer]);
        await s.GetRequiredService<ServiceStandards>().SetAsync(county, requirements, Ct);
    });

    /// <summary>GRD-03 as the reports counted it from the records: the period's groups and the overdue of today, by region.</summary>
    private static async Task<List<ContactFigure>> ContactFromRecordsAsync(YincaiDb db, DateOnly from, DateOnly to, DateOnly today, int length)
    {
        var all = db.Graduates.AsNoTracking();
        var period = await all.ContactByRegionAsync(from, to, today, length, Ct);
        var overdue = (await all.ContactOverdue(today).GroupBy(g => g.RegionCode.Substring(0, length))
            .Select(x => new { x.Key, Count = x.Count() }).ToListAsync(Ct)).ToDictionary(x => x.Key, x => x.Count);
        var byKey = period.ToDictionary(p => p.Key);
        return period.Select(p => p.Key).Union(overdue.Keys).Order(StringComparer.Ordinal)
            .Select(k => byKey.GetValueOrDefault(k) is { } p
                ? new ContactFigure(k, p.OnTime, p.Late, p.Overdue, p.Pending, overdue.GetValueOrDefault(k))
                : new ContactFigure(k, 0, 0, 0, 0, overdue.GetValueOrDefault(k)))
            .ToList();
    }

    /// <summary>GRD-02 as the reports counted it from the records.</summary>
    private static async Task<List<ServiceFigure>> ServicesFromRecordsAsync(YincaiDb db, int year, int length)
    {
        var all = db.Graduates.AsNoTracking();
        var wanting = await all.InDatabase().Where(g => g.Intention == GraduateIntention.Job).GroupBy(g => g.RegionCode.Substring(0, length))
            .Select(x => new { x.Key, Count = x.Count() }).ToListAsync(Ct);
        var shortOf = (await all.ShortOfServices(year).GroupBy(g => g.RegionCode.Substring(0, length))
            .Select(x => new { x.Key, Count = x.Count() }).ToListAsync(Ct)).ToDictionary(x => x.Key, x => x.Count);
        return wanting.Select(w => new ServiceFigure(w.Key, w.Count, shortOf.GetValueOrDefault(w.Key))).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every figure from the counts equals the records' on the clock's date in Beijing: the whole database, the province, a
    /// city and a county; regions of 2, 4 and 6 digits; the periods given and the current year; last, this and next year's services.</summary>
    private async Task AssertCountsAreTheRecordsAsync(string stage, params (DateOnly From, DateOnly To)[] periods)
    {
        foreach (var scope in new string?[] { null, "370000", "371500", "371502" })
            await app.WithServicesAsync(async s =>
            {
                if (scope is not null) s.GetRequiredService<CurrentUser>().ActAs(Guid.CreateVersion7(), "officer.test", scope, [Roles.Officer]);
                var db = s.GetRequiredService<YincaiDb>();
                var figures = s.GetRequiredService<GraduateFigures>();
                var counts = s.GetRequiredService<ContactServiceCounts>();
                var today = s.GetRequiredService<ChinaClock>().Today;
                foreach (var length in new[] { 2, 4, 6 })
                {
                    foreach (var (from, to) in periods.Append((new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31))))
                    {
                        var live = await ContactFromRecordsAsync(db, from, to, today, length);
                        var counted = await figures.ContactAsync(from, to, today, length, Ct);
                        Assert.True(live.SequenceEqual(counted),
                            $"{stage}, scope {scope}, {from}–{to} on {today}, {length} digits: records {string.Join(";", live)}, counts {string.Join(";", counted)}");
                        var rows = await db.Graduates.AsNoTracking().ContactByRegionAsync(from, to, today, length, Ct);
                        var countedRows = await counts.ContactRowsAsync(from, to, today, length, Ct);
                        Assert.True(rows.SequenceEqual(countedRows), $"{stage}, scope {scope}, {from}–{to}, {length} digits (compliance rows)");
                    }
                    foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
                    {
                        var live = await ServicesFromRecordsAsync(db, year, length);
                        var counted = await figures.ServicesAsync(year, length, Ct);
                        Assert.True(live.SequenceEqual(counted),
                            $"{stage}, scope {scope}, services of {year} on {today}, {length} digits: records {string.Join(";", live)}, counts {string.Join(";", counted)}");
                    }
                }
            });
    }

    private Task<ContactFigure?> ContactOfAsync(string county, DateOnly due) => app.WithServicesAsync(async s =>
        (await s.GetRequiredService<GraduateFigures>().ContactAsync(due, due, s.GetRequiredService<ChinaClock>().Today, 6, Ct))
        .SingleOrDefault(f => f.Key == county));

    private Task<ServiceFigure?> ServicesOfAsync(string county, int year) => app.WithServicesAsync(async s =>
        (await s.GetRequiredService<GraduateFigures>().ServicesAsync(year, 6, Ct)).SingleOrDefault(f => f.Key == county));

    private Task MergeAsync() => app.WithServicesAsync(s => s.GetRequiredService<ContactServiceCounts>().CompactAsync(Ct));

    private async Task RebuildFromEmptyAsync()
    {
        await app.WithDbAsync(async db =>
        {
            await db.Set<ContactDayCount>().IgnoreQueryFilters().ExecuteDeleteAsync(Ct);
            await db.Set<ServiceYearCount>().IgnoreQueryFilters().ExecuteDeleteAsync(Ct);
        });
        Assert.True(await app.WithServicesAsync(s => s.GetRequiredService<ContactServiceCounts>().IsEmptyWithGraduatesAsync(Ct)));
        await app.WithServicesAsync(s => s.GetRequiredService<ContactServiceCounts>().RebuildAsync(Ct));
        Assert.False(await app.WithServicesAsync(s => s.GetRequiredService<ContactServiceCounts>().IsEmptyWithGraduatesAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-03")]
    public async Task ContactCounts_AgreeWithTheRecords_ThroughOnTimeLateNever_TheDeadlinePassingAtMidnightInBeijing_MergedAndRebuilt()
    {
        const string county = "371502";
        var onTime = await app.RegisterAsync(Person(county));
        var late = await app.RegisterAsync(Person(county));
        var never = await app.RegisterAsync(Person(county));
        var backDated = await app.RegisterAsync(Person(county));
        var leaves = await app.RegisterAsync(Person(county));
        var laterPerson = Person(county);
        var byOfficer = await app.RegisterAsync(laterPerson, source: GraduateSource.Officer); // owes no contact
        var due = onTime.ContactDueOn!.Value;
        await ServeAsync(onTime.Id, app.ChinaToday, ServiceKind.Contact);
        await OutcomeAsync(leaves.Id, GraduateOutcome.Employed); // left before any contact
        var again = await app.RegisterAsync(laterPerson); // online now: owes a contact from today

        Assert.Null(byOfficer.ContactDueOn);
        Assert.Equal(due, again.ContactDueOn);
        Assert.Equal(new ContactFigure(county, 1, 0, 0, 4, 0), await ContactOfAsync(county, due));
        await AssertCountsAreTheRecordsAsync("registered", (due, due), (due.AddDays(1), due.AddDays(40)));

        // 23:59 in Beijing on the due date: still due today, not overdue.
        app.SetUtc(ChinaClock.ToUtc(due.ToDateTime(new TimeOnly(23, 59))));
        Assert.Equal(new ContactFigure(county, 1, 0, 0, 4, 0), await ContactOfAsync(county, due));
        await AssertCountsAreTheRecordsAsync("23:59 on the due date", (due, due));

        // Midnight in Beijing: overdue, though the UTC date is still the due date.
        var midnight = ChinaClock.StartOfDayUtc(due.AddDays(1));
        app.SetUtc(midnight);
        Assert.Equal(due, DateOnly.FromDateTime(midnight));
        Assert.Equal(new ContactFigure(county, 1, 0, 4, 0, 4), await ContactOfAsync(county, due));
        await AssertCountsAreTheRecordsAsync("midnight after the due date", (due, due), (due.AddDays(1), due.AddDays(1)));

        await ServeAsync(late.Id, app.ChinaToday);
        await ServeAsync(backDated.Id, app.ChinaToday);
        await ServeAsync(backDated.Id, due); // a service set back before the first: made on time after all
        await OutcomeAsync(leaves.Id, GraduateOutcome.NotYet); // back in the database, the contact still owed and overdue
        Assert.Equal(new ContactFigure(county, 2, 1, 3, 0, 3), await ContactOfAsync(county, due));
        await AssertCountsAreTheRecordsAsync("contacted late, set back, returned", (due, due));

        await app.WithServicesAsync(async s =>
        {
            await s.GetRequiredService<TalentDirectory>().RecordHiredAsync(never.TalentId, "录用单位", s.GetRequiredService<ChinaClock>().UtcNow, Ct);
            await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
        });
        Assert.Equal(new ContactFigure(county, 2, 1, 2, 0, 2), await ContactOfAsync(county, due));
        await AssertCountsAreTheRecordsAsync("hired without a contact", (due, due));

        await MergeAsync();
        await AssertCountsAreTheRecordsAsync("merged", (due, due));
        var keys = await app.WithDbAsync(db => db.Set<ContactDayCount>().IgnoreQueryFilters().Select(c => new { c.RegionCode, c.DueOn }).ToListAsync(Ct));
        Assert.Equal(keys.Count, keys.Distinct().Count());

        await RebuildFromEmptyAsync();
        await AssertCountsAreTheRecordsAsync("rebuilt", (due, due));
        Assert.Equal(new ContactFigure(county, 2, 1, 2, 0, 2), await ContactOfAsync(county, due));
    }

    [Fact]
    [Trait("Rule", "GRD-02")]
    public async Task ServiceCounts_AgreeWithTheRecords_ThroughServicesIntentionStandardOutcomes_AndTheYearRollingOverInBeijing()
    {
        const string county = "371503";
        var wants = await app.RegisterAsync(Person(county));
        var served = await app.RegisterAsync(Person(county));
        var changes = await app.RegisterAsync(Person(county));
        var leaves = await app.RegisterAsync(Person(county));
        await app.RegisterAsync(Person(county), intention: GraduateIntention.FurtherStudy);
        var year = app.ChinaToday.Year;
        foreach (var kind in new[] { ServiceKind.PolicyConsultation, ServiceKind.CareerGuidance, ServiceKind.JobRecommendation })
            await ServeAsync(served.Id, app.ChinaToday, kind);
        await IntentionAsync(changes.Id, GraduateIntention.StartBusiness);
        await OutcomeAsync(leaves.Id, GraduateOutcome.Employed);

        Assert.Equal(new ServiceFigure(county, 2, 1), await ServicesOfAsync(county, year));
        await AssertCountsAreTheRecordsAsync("served, intention changed, left");

        await IntentionAsync(changes.Id, GraduateIntention.Job);
        await OutcomeAsync(leaves.Id, GraduateOutcome.NotYet);
        Assert.Equal(new ServiceFigure(county, 4, 3), await ServicesOfAsync(county, year));
        await AssertCountsAreTheRecordsAsync("wanting a job again, returned");

        // The county asks more ("1131"): judged again, the served one falls short; and back to the notice's three.
        await StandardAsync(county, ServiceStandard.Package1131);
        Assert.Equal(new ServiceFigure(county, 4, 4), await ServicesOfAsync(county, year));
        await AssertCountsAreTheRecordsAsync("stricter standard");
        await StandardAsync(county, ServiceStandard.Default(3));
        Assert.Equal(new ServiceFigure(county, 4, 3), await ServicesOfAsync(county, year));

        await MergeAsync();
        await AssertCountsAreTheRecordsAsync("merged");
        var keys = await app.WithDbAsync(db => db.Set<ServiceYearCount>().IgnoreQueryFilters().Select(c => new { c.RegionCode, c.MetYear }).ToListAsync(Ct));
        Assert.Equal(keys.Count, keys.Distinct().Count());

        // 23:59 on 31 December in Beijing: still this year's services; at midnight in Beijing (16:00 UTC, still 31 December in UTC)
        // the new year's count starts from nothing: the served one is short again, last year's figure stays.
        var newYear = new DateOnly(year + 1, 1, 1);
        app.SetUtc(ChinaClock.ToUtc(newYear.AddDays(-1).ToDateTime(new TimeOnly(23, 59))));
        Assert.Equal(year, app.ChinaToday.Year);
        await AssertCountsAreTheRecordsAsync("23:59 on 31 December");
        app.SetUtc(ChinaClock.StartOfDayUtc(newYear));
        Assert.Equal(year, ChinaClock.StartOfDayUtc(newYear).Year);
        Assert.Equal(newYear, app.ChinaToday);
        Assert.Equal(new ServiceFigure(county, 4, 4), await ServicesOfAsync(county, year + 1));
        Assert.Equal(new ServiceFigure(county, 4, 3), await ServicesOfAsync(county, year));
        await AssertCountsAreTheRecordsAsync("midnight, new year");

        foreach (var kind in new[] { ServiceKind.TrainingReferral, ServiceKind.CareerGuidance, ServiceKind.JobRecommendation })
            await ServeAsync(wants.Id, newYear, kind);
        Assert.Equal(new ServiceFigure(county, 4, 3), await ServicesOfAsync(county, year + 1));
        await AssertCountsAreTheRecordsAsync("served in the new year");

        await RebuildFromEmptyAsync();
        await AssertCountsAreTheRecordsAsync("rebuilt");
        Assert.Equal(new ServiceFigure(county, 4, 3), await ServicesOfAsync(county, year + 1));
    }
}
