using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Graduates;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// Issue #17: the graduates' pages at a million graduates and three million service records on PostgreSQL: the officer's work list
/// (views and capped count, page of 30) as a county and a city, and the compliance page's grouped figures (contact on time, the
/// shortfall, the employment rate at a date) as a city and as the province. Each case is one page's database work through the
/// page's own query code. Seeded once by <see cref="Seed"/> into the talents database of <see cref="TalentSeed"/>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class GraduateListBenchmarks
{
    public static readonly DateOnly Today = new(2026, 12, 3);
    private string _database = "";

    [GlobalSetup]
    public void Setup() => _database = Seed().GetAwaiter().GetResult();

    [Benchmark(Description = "county: work list, first page")]
    public Task<int> CountyList() => ListAsync("370203", GraduateView.InDatabase);

    [Benchmark(Description = "county: overdue contacts")]
    public Task<int> CountyOverdue() => ListAsync("370203", GraduateView.ContactOverdue);

    [Benchmark(Description = "city: work list, first page")]
    public Task<int> CityList() => ListAsync("370200", GraduateView.InDatabase);

    [Benchmark(Description = "city: short of services")]
    public Task<int> CityShort() => ListAsync("370200", GraduateView.ShortOfServices);

    [Benchmark(Description = "city: contact compliance by county")]
    public async Task<int> CityContact()
    {
        await using var db = Open("370200");
        return (await db.Graduates.AsNoTracking().ContactByRegionAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today, 6, default)).Count;
    }

    [Benchmark(Description = "city: employment rate of 2026 at a date, by county")]
    public async Task<int> CityRate()
    {
        await using var db = Open("370200");
        return (await db.Graduates.AsNoTracking().RatesAtAsync(db.GraduateOutcomes, 2026, new DateOnly(2026, 10, 31), 6, default)).Count;
    }

    [Benchmark(Description = "province: employment rate of 2026 at a date, by city")]
    public async Task<int> ProvinceRate()
    {
        await using var db = Open("370000");
        return (await db.Graduates.AsNoTracking().RatesAtAsync(db.GraduateOutcomes, 2026, new DateOnly(2026, 10, 31), 4, default)).Count;
    }

    [Benchmark(Description = "city: short of services by county")]
    public async Task<int> CityShortByCounty()
    {
        await using var db = Open("370200");
        return (await db.Graduates.AsNoTracking().ShortOfServices(2026).GroupBy(g => g.RegionCode).Select(x => new { x.Key, Count = x.Count() })
            .ToListAsync()).Count;
    }

    [Benchmark(Description = "province: reports, employment rate by city (materialised counts)")]
    public async Task<int> ProvinceReportRate()
    {
        await using var db = Open("370000");
        return (await Figures(db).EmploymentAsync(2026, new DateOnly(2026, 10, 31), 4, default)).Count;
    }

    [Benchmark(Description = "province: reports, the rate's trend (12 month ends)")]
    public async Task<int> ProvinceReportTrend()
    {
        await using var db = Open("370000");
        var dates = Enumerable.Range(1, 12).Select(m => new DateOnly(2026, m, 1).AddMonths(1).AddDays(-1)).ToList();
        return (await Figures(db).TrendAsync(2025, dates, default)).Count;
    }

    [Benchmark(Description = "province: reports, contact on time by city, from the records (as before)")]
    public async Task<int> ProvinceReportContactFromRecords()
    {
        await using var db = Open("370000");
        var all = db.Graduates.AsNoTracking();
        var period = await all.ContactByRegionAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today, 4, default);
        var overdue = await all.ContactOverdue(Today).GroupBy(g => g.RegionCode.Substring(0, 4)).Select(x => new { x.Key, Count = x.Count() }).ToListAsync();
        return period.Select(p => p.Key).Union(overdue.Select(o => o.Key)).Count();
    }

    [Benchmark(Description = "province: reports, services against the standard by city, from the records (as before)")]
    public async Task<int> ProvinceReportServicesFromRecords()
    {
        await using var db = Open("370000");
        var all = db.Graduates.AsNoTracking();
        var wanting = await all.InDatabase().Where(g => g.Intention == GraduateIntention.Job).GroupBy(g => g.RegionCode.Substring(0, 4))
            .Select(x => new { x.Key, Count = x.Count() }).ToListAsync();
        var shortOf = await all.ShortOfServices(2026).GroupBy(g => g.RegionCode.Substring(0, 4)).Select(x => new { x.Key, Count = x.Count() }).ToListAsync();
        return wanting.Count + shortOf.Count;
    }

    [Benchmark(Description = "province: reports, contact on time by city (materialised counts)")]
    public async Task<int> ProvinceReportContact()
    {
        await using var db = Open("370000");
        return (await Figures(db).ContactAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today, 4, default)).Count;
    }

    [Benchmark(Description = "province: reports, services against the standard by city (materialised counts)")]
    public async Task<int> ProvinceReportServices()
    {
        await using var db = Open("370000");
        return (await Figures(db).ServicesAsync(2026, 4, default)).Count;
    }

    [Benchmark(Description = "province: the graduates' report page, all its figures")]
    public async Task<int> ProvinceReportPage()
    {
        await using var db = Open("370000");
        var figures = Figures(db);
        var dates = Enumerable.Range(7, 6).Select(m => new DateOnly(2026, m, 1).AddMonths(1).AddDays(-1)).Where(d => d < Today).Append(Today).ToList();
        return (await figures.EmploymentAsync(2026, Today, 4, default)).Count + (await figures.TrendAsync(2026, dates, default)).Count
            + (await figures.ContactAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today, 4, default)).Count
            + (await figures.ServicesAsync(2026, 4, default)).Count;
    }

    private static Modules.Graduates.Contracts.GraduateFigures Figures(YincaiDb db) =>
        new(Microsoft.Extensions.Options.Options.Create(new GraduatesOptions()), new Modules.Graduates.Counts.CohortCounts(db),
            new Modules.Graduates.Counts.ContactServiceCounts(db));

    private async Task<int> ListAsync(string scope, GraduateView view)
    {
        await using var db = Open(scope);
        var list = await Modules.Graduates.IndexModel.Query(db.Graduates.AsNoTracking(), view, null, null, Today, null)
            .ToCappedPagedListAsync(q => q.WorkOrder(), 1, Modules.Graduates.IndexModel.PageSize, default);
        return list.Items.Count + list.Total;
    }

    private YincaiDb Open(string scope)
    {
        var options = new DbContextOptionsBuilder<YincaiDb>();
        DatabaseOptions.Configure(options, DatabaseProvider.Postgres, _database);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CurrentUser.ScopeClaim, scope)], "bench"));
        var user = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } });
        return new YincaiDb(options.Options, user);
    }

    /// <summary>
    /// The million talents of <see cref="TalentSeed"/>, each a graduate of the county of their household (Shandong households; the
    /// others at a county of their intended or current region, else 370202): cohorts 2024–2026, a third registered online (owing a
    /// contact, most made, some late, some overdue), one in four placed with an outcome step, and three services each on average
    /// (0–6), in SQL. Made once; kept between runs.
    /// </summary>
    public static async Task<string> Seed()
    {
        var (database, _, _) = await TalentSeed.EnsureAsync(1_000_000);
        await using var db = BenchDatabase.Open(database);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync(); // a database seeded before a later migration gets it
        if (await db.GraduateServices.AnyAsync())
        {
            await EnsureCountsAsync(db);
            return database;
        }
        Console.WriteLine("// seeding 1,000,000 graduates and about 3,000,000 services in SQL ...");
        await db.Database.ExecuteSqlRawAsync("TRUNCATE graduates_service, graduates_outcome, graduates_graduate");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO graduates_graduate ("Id", "TalentId", "RegionCode", "FromElsewhere", "SearchRegionCode", "CohortYear", "Intention", "Source",
                "RegisteredAtUtc", "RegisteredOn", "OfficerId", "ContactDueOn", "ContactDueEstimated", "ContactedOn", "StandardMetYear",
                "Outcome", "OutcomeOn", "UpdatedAtUtc", "Version", "WorkKey")
            SELECT gen_random_uuid(), t."Id",
                   CASE WHEN t."RegionCode" LIKE '37%' AND t."RegionCode" NOT LIKE '%00' THEN t."RegionCode" ELSE '370202' END,
                   t."RegionCode" NOT LIKE '37%', NULL, 2024 + (h % 3), 1 + (h % 10 = 0)::int * 3, CASE WHEN h % 3 = 0 THEN 1 ELSE 2 END,
                   d::timestamp + interval '10 hours', d, NULL,
                   CASE WHEN h % 3 = 0 THEN d + 7 END, false,
                   CASE WHEN h % 3 = 0 AND h % 7 <> 0 THEN d + (h % 9) END,
                   CASE WHEN h % 5 < 2 THEN 2026 END,
                   CASE WHEN h % 4 = 0 THEN 1 ELSE 0 END, CASE WHEN h % 4 = 0 THEN d + 60 END,
                   d::timestamp, 1,
                   CASE WHEN h % 4 <> 0 AND h % 3 = 0 AND h % 7 = 0 THEN d + 7 ELSE DATE '9999-12-31' END
            FROM (SELECT t.*, abs(hashtext(t."Id"::text)) AS h,
                         DATE '2024-07-01' + (abs(hashtext(t."Id"::text || 'd')) % 880) AS d FROM talents_talent t) t
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO graduates_outcome ("Id", "GraduateId", "RegionCode", "CohortYear", "Outcome", "OnDate", "Evidence", "EmployerName", "Source", "ByUserId", "AtUtc")
            SELECT gen_random_uuid(), g."Id", g."RegionCode", g."CohortYear", g."Outcome", g."OutcomeOn", '劳动合同', NULL, 1, NULL, g."UpdatedAtUtc"
            FROM graduates_graduate g WHERE g."Outcome" <> 0
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO graduates_service ("Id", "GraduateId", "RegionCode", "Kind", "Channel", "OnDate", "Outcome", "JobIds", "OfficerId", "RecordedAtUtc")
            SELECT gen_random_uuid(), g."Id", g."RegionCode", 1 + (n + abs(hashtext(g."Id"::text))) % 8, 1, g."RegisteredOn" + n * 5, '服务', ARRAY[]::uuid[], NULL,
                   g."RegisteredOn"::timestamp
            FROM graduates_graduate g, generate_series(1, 6) n
            WHERE n <= abs(hashtext(g."Id"::text || 's')) % 7
            """);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE graduates_graduate");
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE graduates_outcome");
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE graduates_service");
        await EnsureCountsAsync(db);
        return database;
    }

    /// <summary>The materialised counts (employment rate; contact and services), made from the seeded records as the app makes them
    /// on a table found empty.</summary>
    private static async Task EnsureCountsAsync(YincaiDb db)
    {
        var counts = new Modules.Graduates.Counts.CohortCounts(db);
        if (await counts.IsEmptyWithGraduatesAsync(default))
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await counts.RebuildAsync(default);
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE graduates_cohort_day");
            Console.WriteLine($"// cohort counts made from the records in {System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds:F0} s: "
                + $"{await db.Set<Modules.Graduates.Counts.CohortDayCount>().CountAsync():N0} rows");
        }
        var contactServices = new Modules.Graduates.Counts.ContactServiceCounts(db);
        if (await contactServices.IsEmptyWithGraduatesAsync(default))
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await contactServices.RebuildAsync(default);
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE graduates_contact_day");
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE graduates_service_year");
            Console.WriteLine($"// contact and services counts made from the records in {System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s: "
                + $"{await db.Set<Modules.Graduates.Counts.ContactDayCount>().CountAsync():N0} contact rows, "
                + $"{await db.Set<Modules.Graduates.Counts.ServiceYearCount>().CountAsync():N0} services rows");
        }
    }
}
