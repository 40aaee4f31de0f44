using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Benefits.Finding;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Demo;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// Issue 18, policy finds people at scale: N generated talents with accounts (seeded once by COPY into
/// <c>yincai_bench_benefits_N</c> and kept), employment as generated with its history, a third of the graduates on a
/// university's list and a quarter of the employed hired on the platform; 20 talent benefits defined through
/// <see cref="BenefitCatalog"/> as a province officer would; then the platform's own <see cref="PolicyFinder"/> in the
/// platform's own host: a full run, an incremental run with nothing changed, and an incremental run after 1 % of the
/// talents changed employment in SQL. Each: time, talents judged, found (findings written), inbox messages written,
/// rows/s, peak working set.
/// </summary>
public static class BenefitFinderRun
{
    private static readonly Guid Officer = new("0191c0de-0000-7000-8000-000000000018");
    private static readonly CommandTimes Commands = new();

    public static async Task RunAsync(string server, int rows, int benefits)
    {
        var database = await SeedAsync(server, rows);
        await using var app = Host(database);
        _ = app.Server; // starts the host: migrations (none left), reference data

        await using (var db = BenchDatabase.Open(database))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            // Each invocation starts from no benefits, findings, runs or inbox messages.
            await db.Database.ExecuteSqlRawAsync(
                "TRUNCATE benefits_finding, benefits_run, benefits_rules, benefits_benefit, notifications_notification CASCADE");
        }
        var defined = await DefineAsync(app.Services, benefits);
        Console.WriteLine($"benefit-finder: {rows:N0} talents in {new Npgsql.NpgsqlConnectionStringBuilder(database).Database}, {defined} talent benefits defined");
        Console.WriteLine("| run | time | talents judged | found (findings) | inbox messages | audit rows | rows/s | peak working set | peak heap after a GC | load average before → after |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");

        Commands.On = true;
        var full = await MeasureAsync(app.Services, database, "full", incremental: false);
        Commands.On = false;
        Console.WriteLine("database time of the full run's commands (the server's work and the round trip; the rest is in the process): "
            + string.Join(", ", Commands.Totals.OrderByDescending(t => t.Value.Seconds).Select(t => string.Create(CultureInfo.InvariantCulture,
                $"{t.Key} {t.Value.Seconds:F1} s ({t.Value.Count:N0})"))));
        await MeasureAsync(app.Services, database, "incremental, nothing changed", incremental: true);
        var changed = await ChangeAsync(database, full.StartedAtUtc);
        var third = await MeasureAsync(app.Services, database, $"incremental, {changed:N0} changed (1 %)", incremental: true);

        await using (var db = BenchDatabase.Open(database))
        {
            // The last run should have judged only the changed and found only among them.
            var outside = await db.Database.SqlQuery<int>($"""
                SELECT count(*)::int AS "Value" FROM benefits_finding f
                WHERE f."RunId" = {third.Id} AND f."ClaimantId" NOT IN (SELECT "Id" FROM bench_changed)
                """).SingleAsync();
            var perBenefit = await db.Database.SqlQueryRaw<string>("""
                SELECT b."Name" || ': ' || count(f."Id") AS "Value" FROM benefits_benefit b LEFT JOIN benefits_finding f ON f."BenefitId" = b."Id"
                GROUP BY b."Name" ORDER BY count(f."Id") DESC
                """).ToListAsync();
            Console.WriteLine($"last run: {third.Talents:N0} judged of {changed:N0} changed; findings outside the changed: {outside}");
            Console.WriteLine("findings by benefit: " + string.Join("; ", perBenefit));
        }
        await SplitAsync(app.Services);
    }

    /// <summary>
    /// Where a full run's time goes, without its writes: the same pages and facts as the run reads them (talent page with the
    /// employment sources, list and hire look-ups), then every benefit's rules over every sheet, each timed apart. The rest of a
    /// full run is telling: the look-up of who was told or claimed, and the inserts of findings and inbox messages.
    /// </summary>
    private static async Task SplitAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var talents = scope.ServiceProvider.GetRequiredService<TalentFactSource>();
        var facts = scope.ServiceProvider.GetRequiredService<ClaimantFacts>();
        var catalog = scope.ServiceProvider.GetRequiredService<BenefitCatalog>();
        var today = scope.ServiceProvider.GetRequiredService<ChinaClock>().Today;
        var benefits = (await catalog.InForceAsync(today, null, default)).Where(b => b.Benefit.Claimant == BenefitClaimant.Talent).ToList();
        var (page, sheets, rules) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var (read, eligible) = (0, 0);
        Guid? after = null;
        while (true)
        {
            var start = Stopwatch.GetTimestamp();
            var rows = await talents.PageAsync(after, PolicyFinder.PageSize, null, default);
            page += Stopwatch.GetElapsedTime(start);
            if (rows.Count == 0) break;
            after = rows[^1].Id;
            read += rows.Count;
            start = Stopwatch.GetTimestamp();
            var page0 = await facts.TalentsAsync(rows, today, default);
            sheets += Stopwatch.GetElapsedTime(start);
            start = Stopwatch.GetTimestamp();
            foreach (var sheet in page0)
                foreach (var (benefit, r) in benefits)
                    if (sheet.Within(benefit.RegionCode) && catalog.AmountIfEligible(r, BenefitClaimant.Talent, sheet.Values) is > 0)
                        eligible++;
            rules += Stopwatch.GetElapsedTime(start);
            if (rows.Count < PolicyFinder.PageSize) break;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"split of a full run's reading and judging ({read:N0} talents, {eligible:N0} eligible pairs): talent pages with employment sources {page.TotalSeconds:F1} s, "
            + $"list and hire look-ups and fact sheets {sheets.TotalSeconds:F1} s, rules ({benefits.Count} benefits) {rules.TotalSeconds:F1} s"));
    }

    private static WebApplicationFactory<Program> Host(string database)
    {
        // The factory looks for the web project beside the solution file; tell it where src/Yincai.Web is.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "Yincai.Web"))) root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_YINCAI_WEB",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from the repository."), "src", "Yincai.Web"));
        return new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:" + DatabaseOptions.ConnectionStringName, database);
            b.UseSetting("Demo:SeedOnFirstStart", "false");
            b.UseSetting("Benefits:FinderEnabled", "false"); // the bench starts each run itself
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Protection:FieldKey", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Protection:IndexKey", Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Protection:KeyRingKey", Convert.ToBase64String(Enumerable.Range(201, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Audit:ChainKey", Convert.ToBase64String(Enumerable.Range(51, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Audit:AnchorFile", Path.Combine(Path.GetTempPath(), "yincai-bench-anchors-" + Guid.NewGuid().ToString("N") + ".log"));
            // Matching's in-memory index would read every talent at start, beside the run: not what is measured here.
            b.ConfigureTestServices(services =>
            {
                foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && d.ImplementationFactory?.Method.DeclaringType?.FullName?.StartsWith("Yincai.Modules.Matching", StringComparison.Ordinal) == true).ToList())
                    services.Remove(hosted);
                services.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(Commands));
            });
        });
    }

    private sealed record Definition(string Fund, string Region, string Name, BenefitFrequency Frequency, BenefitCondition[] Conditions, string Amount, string Note);

    /// <summary>Twenty talent benefits of the province and its cities, written as officers write them (see BenefitsDemoSeeder).</summary>
    private static readonly Definition[] Benefits =
    [
        new("young-talent-living-housing", "370000", "山东省青年博士生活补贴（测试）", BenefitFrequency.OncePerYear,
            [new("博士学位", "Degree == Doctorate", "学位证书"), new("40 周岁以下", "Age <= 40", "身份证"), new("在省内就业", "Employed && In(WorkRegion, \"37\")", "劳动合同")],
            "24000", "每年 24000 元（测试）"),
        new("job-seeker-temporary-housing", "370000", "山东省离校未就业毕业生求职补贴（测试）", BenefitFrequency.Once,
            [new("离校未就业", "UnemployedGraduate", "失业登记"), new("毕业 2 年内", "YearsSinceGraduation <= 2", "毕业证书")],
            "Degree >= Bachelor ? 1000 : 800", "本科及以上 1000 元，专科 800 元（测试）"),
        new("young-talent-living-housing", "370000", "山东省留学回国人员安家补贴（测试）", BenefitFrequency.Once,
            [new("留学回国", "Returnee", "学历认证"), new("硕士及以上", "Degree >= Master", "学位证书"), new("在省内就业满 6 个月", "Employed && MonthsEmployed >= 6 && In(WorkRegion, \"37\")", "社保缴纳证明")],
            "Degree == Doctorate ? 50000 : 20000", "博士 5 万元，硕士 2 万元（测试）"),
        new("graduate-living-housing-settling", "370100", "济南市青年人才生活补贴（测试）", BenefitFrequency.OncePerYear,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("35 周岁以下", "Age <= 35", "身份证"), new("毕业 3 年内", "YearsSinceGraduation <= 3", "毕业证书"), new("在济南就业", "Employed && In(WorkRegion, \"3701\")", "劳动合同")],
            "12 * (Degree == Doctorate ? 1500 : Degree == Master ? 1000 : 500)", "博士每月 1500 元，硕士 1000 元，本科 500 元（测试）"),
        new("graduate-living-housing-settling", "370200", "青岛市高校毕业生住房补贴（测试）", BenefitFrequency.OncePerYear,
            [new("本科及以上学历", "Degree >= Bachelor", "学历证书"), new("毕业 5 年内", "YearsSinceGraduation <= 5", "毕业证书"), new("在青岛就业", "Employed && In(WorkRegion, \"3702\")", "劳动合同")],
            "12 * (Degree == Doctorate ? 1500 : Degree == Master ? 1000 : 500)", "博士每月 1500 元，硕士 1000 元，本科 500 元（测试）"),
        new("graduate-living-housing-settling", "370200", "青岛市博士安家补贴（测试）", BenefitFrequency.Once,
            [new("博士学位", "Degree == Doctorate", "学位证书"), new("40 周岁以下", "Age <= 40", "身份证"), new("在青岛就业满 6 个月", "Employed && MonthsEmployed >= 6 && In(WorkRegion, \"3702\")", "社保缴纳证明")],
            "150000", "一次性 15 万元（测试）"),
        new("young-talent-living-housing", "370300", "淄博市硕博人才生活补贴（测试）", BenefitFrequency.OncePerYear,
            [new("硕士及以上", "Degree >= Master", "学位证书"), new("35 周岁以下", "Age <= 35", "身份证"), new("在淄博就业", "Employed && In(WorkRegion, \"3703\")", "劳动合同")],
            "Degree == Doctorate ? 30000 : 12000", "博士每年 3 万元，硕士 1.2 万元（测试）"),
        new("graduate-living-housing-settling", "370400", "枣庄市职业院校毕业生就业补贴（测试）", BenefitFrequency.Once,
            [new("专科学历", "Degree == Vocational", "毕业证书"), new("毕业 2 年内", "YearsSinceGraduation <= 2", "毕业证书"), new("在枣庄就业满 3 个月", "Employed && MonthsEmployed >= 3 && In(WorkRegion, \"3704\")", "劳动合同")],
            "2000", "一次性 2000 元（测试）"),
        new("young-talent-living-housing", "370500", "东营市青年人才租房补贴（测试）", BenefitFrequency.OncePerYear,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("30 周岁以下", "Age <= 30", "身份证"), new("在东营就业", "Employed && In(WorkRegion, \"3705\")", "劳动合同")],
            "Degree >= Master ? 9600 : 6000", "硕士及以上每年 9600 元，本科 6000 元（测试）"),
        new("graduate-living-housing-settling", "370600", "烟台市高校毕业生生活补贴（测试）", BenefitFrequency.OncePerYear,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("毕业 3 年内", "YearsSinceGraduation <= 3", "毕业证书"), new("在烟台就业", "Employed && In(WorkRegion, \"3706\")", "劳动合同")],
            "Degree == Doctorate ? 24000 : Degree == Master ? 12000 : 6000", "博士 2.4 万元，硕士 1.2 万元，本科 6000 元（测试）"),
        new("job-seeker-temporary-housing", "370700", "潍坊市求职临时住房补贴（测试）", BenefitFrequency.Once,
            [new("未就业", "!Employed", "求职登记"), new("毕业 2 年内", "YearsSinceGraduation <= 2", "毕业证书"), new("潍坊户籍", "In(HouseholdRegion, \"3707\")", "户口簿")],
            "600", "一次性 600 元（测试）"),
        new("talent-enclave-equal-treatment", "370800", "济宁市返乡就业人才补贴（测试）", BenefitFrequency.Once,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("济宁户籍", "In(HouseholdRegion, \"3708\")", "户口簿"), new("在济宁就业满 6 个月", "Employed && MonthsEmployed >= 6 && In(WorkRegion, \"3708\")", "社保缴纳证明")],
            "5000", "一次性 5000 元（测试）"),
        new("young-talent-living-housing", "370900", "泰安市青年人才生活补贴（测试）", BenefitFrequency.OncePerYear,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("35 周岁以下", "Age <= 35", "身份证"), new("毕业 5 年内", "YearsSinceGraduation <= 5", "毕业证书"), new("在泰安就业", "Employed && In(WorkRegion, \"3709\")", "劳动合同")],
            "Degree >= Master ? 12000 : 6000", "硕士及以上每年 1.2 万元，本科 6000 元（测试）"),
        new("young-talent-living-housing", "371000", "威海市高层次青年人才补贴（测试）", BenefitFrequency.OncePerYear,
            [new("硕士及以上", "Degree >= Master", "学位证书"), new("在威海就业满 12 个月", "Employed && MonthsEmployed >= 12 && In(WorkRegion, \"3710\")", "社保缴纳证明")],
            "Degree == Doctorate ? 36000 : 18000", "博士每年 3.6 万元，硕士 1.8 万元（测试）"),
        new("graduate-living-housing-settling", "371100", "日照市高校毕业生安家补贴（测试）", BenefitFrequency.Once,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("毕业 2 年内", "YearsSinceGraduation <= 2", "毕业证书"), new("在日照就业", "Employed && In(WorkRegion, \"3711\")", "劳动合同")],
            "Degree >= Master ? 20000 : 10000", "硕士及以上 2 万元，本科 1 万元（测试）"),
        new("graduate-training-subsidy", "371300", "临沂市离校未就业毕业生职业培训补贴（测试）", BenefitFrequency.OncePerYear,
            [new("离校未就业", "UnemployedGraduate", "失业登记"), new("30 周岁以下", "Age <= 30", "身份证"), new("临沂户籍", "In(HouseholdRegion, \"3713\")", "户口簿")],
            "1500", "每年 1500 元（测试）"),
        new("graduate-living-housing-settling", "371400", "德州市青年人才就业补贴（测试）", BenefitFrequency.Once,
            [new("专科及以上", "Degree >= Vocational", "毕业证书"), new("毕业 3 年内", "YearsSinceGraduation <= 3", "毕业证书"), new("在德州就业满 3 个月", "Employed && MonthsEmployed >= 3 && In(WorkRegion, \"3714\")", "劳动合同")],
            "Degree >= Bachelor ? 3000 : 2000", "本科及以上 3000 元，专科 2000 元（测试）"),
        new("young-talent-living-housing", "371500", "聊城市青年人才租房补贴（测试）", BenefitFrequency.OncePerYear,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("35 周岁以下", "Age <= 35", "身份证"), new("在聊城就业", "Employed && In(WorkRegion, \"3715\")", "劳动合同")],
            "4800", "每年 4800 元（测试）"),
        new("talent-enclave-equal-treatment", "371600", "滨州市回引人才补贴（测试）", BenefitFrequency.Once,
            [new("本科及以上", "Degree >= Bachelor", "学历证书"), new("滨州户籍", "In(HouseholdRegion, \"3716\")", "户口簿"), new("在滨州就业", "Employed && In(WorkRegion, \"3716\")", "劳动合同")],
            "Degree >= Master ? 10000 : 5000", "硕士及以上 1 万元，本科 5000 元（测试）"),
        new("job-seeker-temporary-housing", "371700", "菏泽市离校未就业毕业生求职补贴（测试）", BenefitFrequency.Once,
            [new("离校未就业", "UnemployedGraduate", "失业登记"), new("毕业 2 年内", "YearsSinceGraduation <= 2", "毕业证书"), new("菏泽户籍", "In(HouseholdRegion, \"3717\")", "户口簿")],
            "800", "一次性 800 元（测试）"),
    ];

    /// <summary>Defines the first <paramref name="count"/> benefits as the province officer, each tried on 200 real talents first.</summary>
    private static async Task<int> DefineAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Officer, "bench.officer", "370000", [Roles.Officer]);
        var catalog = scope.ServiceProvider.GetRequiredService<BenefitCatalog>();
        var clock = scope.ServiceProvider.GetRequiredService<ChinaClock>();
        var samples = await scope.ServiceProvider.GetRequiredService<ClaimantFacts>().SamplesAsync(BenefitClaimant.Talent, clock.Today, 200, default);
        var from = new DateOnly(clock.Today.Year, 1, 1);
        foreach (var b in Benefits.Take(count))
        {
            var benefit = await catalog.CreateAsync(b.Fund, b.Region, b.Name, BenefitClaimant.Talent, b.Frequency, BenefitInstalments.None, default);
            if (benefit.IsError) throw new InvalidOperationException($"{b.Name}: {benefit.Error!.Message}");
            var rules = await catalog.AddRulesAsync(benefit.Value!.Id, from, b.Conditions, b.Amount, b.Note, samples, default);
            if (rules.IsError) throw new InvalidOperationException($"Rules of {b.Name}: {rules.Error!.Message}");
        }
        return Math.Min(count, Benefits.Length);
    }

    private static async Task<BenefitRun> MeasureAsync(IServiceProvider services, string database, string name, bool incremental)
    {
        var inboxBefore = await CountAsync(database, "notifications_notification");
        var auditBefore = await CountAsync(database, "audit_entry");
        var loadBefore = LoadAverage();
        GC.Collect();
        using var peak = new PeakWorkingSet();
        var watch = Stopwatch.StartNew();
        BenefitRun run;
        // As the schedule runs it: a scope of its own, no user.
        await using (var scope = services.CreateAsyncScope())
            run = await scope.ServiceProvider.GetRequiredService<PolicyFinder>().RunAsync(incremental, null, default);
        var elapsed = watch.Elapsed;
        var (workingSet, heap) = (peak.Peak, peak.Heap);
        var inbox = await CountAsync(database, "notifications_notification") - inboxBefore;
        var audit = await CountAsync(database, "audit_entry") - auditBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {elapsed.TotalSeconds:F2} s | {run.Talents:N0} | {run.Found:N0} | {inbox:N0} | {audit:N0} | {run.Talents / elapsed.TotalSeconds:N0} | {workingSet / 1024 / 1024:N0} MB | {heap / 1024 / 1024:N0} MB | {loadBefore} → {LoadAverage()} |"));
        return run;
    }

    /// <summary>The machine's 1-minute load average (2 vCPU shared with other work): how quiet the run was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task<long> CountAsync(string database, string table)
    {
        await using var db = BenchDatabase.Open(database);
        var count = $"SELECT count(*) AS \"Value\" FROM {table}";
        return await db.Database.SqlQueryRaw<long>(count).SingleAsync();
    }

    /// <summary>
    /// 1 % of the talents (by a hash of the id, different each invocation) change employment as an officer or the real-name
    /// database would record it: the unemployed find work (7 months ago, so "employed 6 months" rules apply), the employed
    /// become job seekers; with their history step and UpdatedAtUtc now. Their ids are kept in bench_changed.
    /// </summary>
    private static async Task<int> ChangeAsync(string database, DateTime salt)
    {
        await using var db = BenchDatabase.Open(database);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var key = salt.Ticks.ToString(CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS bench_changed");
        // A number, so written into the statement (CREATE TABLE AS takes no parameters).
        var pick = $"""
            CREATE UNLOGGED TABLE bench_changed AS
            SELECT "Id", "Employment" = 2 AS "WasEmployed" FROM talents_talent
            WHERE "UserId" IS NOT NULL AND NOT "IsErased" AND abs(hashtext("Id"::text || '{key}')) % 100 = 0
            """;
        await db.Database.ExecuteSqlRawAsync(pick);
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE talents_talent t SET
                "Employment" = CASE WHEN c."WasEmployed" THEN 1 ELSE 2 END,
                "EmploymentChangedAtUtc" = CASE WHEN c."WasEmployed" THEN now() ELSE now() - interval '7 months' END,
                "EmployerName" = CASE WHEN c."WasEmployed" THEN NULL ELSE '山东测试科技有限公司' END,
                "Categories" = CASE WHEN c."WasEmployed" THEN t."Categories" ELSE t."Categories" & ~4 END,
                "UpdatedAtUtc" = now(), "Version" = t."Version" + 1
            FROM bench_changed c WHERE c."Id" = t."Id"
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO talents_employment_change ("Id", "TalentId", "Status", "EmployerName", "Source", "AtUtc")
            SELECT gen_random_uuid(), c."Id", CASE WHEN c."WasEmployed" THEN 1 ELSE 2 END,
                   CASE WHEN c."WasEmployed" THEN NULL ELSE '山东测试科技有限公司' END, 2, now()
            FROM bench_changed c
            """);
        return await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM bench_changed").SingleAsync();
    }

    /// <summary>
    /// <c>yincai_bench_benefits_N</c>, made once: N generated talents (seed 2026) by binary COPY as <c>copy</c> writes them, each
    /// with an account (the link made at sign-up) and the generated employment (employed from a day between graduation and
    /// the generator's today); then in SQL the accounts, each employed talent's history step (by the talent, an officer, an
    /// import or a hire), a platform hire (job application) for those hired, and a
    /// third of the graduates on their university's list.
    /// </summary>
    public static async Task<string> SeedAsync(string server, int rows)
    {
        var name = $"yincai_bench_benefits_{rows}";
        var database = await BenchDatabase.CreateAsync(server, name, keepExisting: true);
        await using var db = BenchDatabase.Open(database);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (await db.Talents.CountAsync() >= rows && await db.Users.AnyAsync()) return database;

        Console.WriteLine($"// seeding {rows:N0} talents with accounts into {name} ...");
        var watch = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE jobs_application, graduates_graduate, talents_employment_change, talents_education, talents_talent, accounts_user CASCADE");
        var today = DateOnly.FromDateTime(TalentSeed.NowUtc);
        var generator = new TalentGenerator(2026, today, new UniversityCatalog(), new MajorCatalog(), outsideShare: 0);
        var entities = new TalentEntities(TalentSeed.Protection, new UniversityCatalog(), new MajorCatalog(), TalentSeed.NowUtc);
        var userId = typeof(Talent).GetProperty(nameof(Talent.UserId))!;
        var random = new Random(18);
        var pairs = generator.Generate(rows).Select(row =>
        {
            var (talent, education) = entities.From(row);
            // The account is linked at sign-up (Talent's constructor takes it); a COPY seed has no sign-up.
            userId.SetValue(talent, Guid.CreateVersion7());
            if (TalentEntities.StatusOf(row) is { } status)
            {
                var graduated = row.GraduationDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                var since = status == EmploymentStatus.Employed
                    ? graduated.AddDays(random.Next(0, Math.Max(1, (int)(TalentSeed.NowUtc - graduated).TotalDays)))
                    : graduated;
                talent.RecordEmployment(status, row.EmployerName, since > TalentSeed.NowUtc ? TalentSeed.NowUtc : since);
            }
            return (talent, education);
        }).ToList();
        await EntityCopy.CopyAsync(database, pairs.Select(p => p.talent));
        await EntityCopy.CopyAsync(database, pairs.Select(p => p.education));
        pairs.Clear();
        Console.WriteLine($"// {watch.Elapsed.TotalSeconds:F0} s: talents and educations copied");

        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO accounts_user ("Id", "DisplayName", "Kind", "ScopeRegionCode", "CreatedAtUtc", "PasswordChangedAtUtc", "IsDisabled",
                "UserName", "NormalizedUserName", "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled",
                "LockoutEnabled", "AccessFailedCount")
            SELECT t."UserId", t."FullName", 1, NULL, t."CreatedAtUtc", t."CreatedAtUtc", false,
                'talent-' || t."Id", upper('talent-' || t."Id"), false, md5(t."Id"::text), md5(t."UserId"::text), false, false, true, 0
            FROM talents_talent t WHERE t."UserId" IS NOT NULL
            """);
        // Sources of the latest employment step: 20 % the talent's word, 10 % an officer, 45 % an import, 25 % a hire here.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO talents_employment_change ("Id", "TalentId", "Status", "EmployerName", "Source", "AtUtc")
            SELECT gen_random_uuid(), t."Id", t."Employment", t."EmployerName",
                   CASE WHEN t."Employment" <> 2 THEN 1
                        WHEN h < 20 THEN 1 WHEN h < 30 THEN 2 WHEN h < 75 THEN 4 ELSE 3 END,
                   t."EmploymentChangedAtUtc"
            FROM (SELECT *, abs(hashtext("Id"::text || 'source')) % 100 AS h FROM talents_talent) t
            WHERE t."Employment" <> 0
            """);
        // The hired work where they live now, or in a fifth of cases in Qingdao's or Jinan's high-tech zones.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO jobs_application ("Id", "JobId", "EmployerId", "JobTitle", "RegionCode", "TalentId", "TalentUserId", "TalentName", "Status",
                "HiredAtUtc", "CreatedAtUtc", "UpdatedAtUtc", "Version")
            SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '软件工程师',
                   CASE abs(hashtext(t."Id"::text || 'work')) % 10 WHEN 0 THEN '370212' WHEN 1 THEN '370171' ELSE t."CurrentRegionCode" END,
                   t."Id", t."UserId", t."FullName", 5, c."AtUtc", c."AtUtc" - interval '20 days', c."AtUtc", 1
            FROM talents_talent t JOIN talents_employment_change c ON c."TalentId" = t."Id" AND c."Source" = 3
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO graduates_graduate ("Id", "TalentId", "RegionCode", "FromElsewhere", "SearchRegionCode", "CohortYear", "Intention", "Source",
                "RegisteredAtUtc", "RegisteredOn", "OfficerId", "ContactDueOn", "ContactDueEstimated", "ContactedOn", "StandardMetYear",
                "Outcome", "WorkKey", "OutcomeOn", "UpdatedAtUtc", "Version", "UniversityCode")
            SELECT gen_random_uuid(), t."Id", t."RegionCode", false, NULL, t."GraduationYear", 1, 2,
                   make_date(t."GraduationYear", 7, 1)::timestamp, make_date(t."GraduationYear", 7, 1), NULL, NULL, false, NULL, NULL,
                   CASE WHEN t."Employment" = 2 THEN 1 ELSE 0 END, DATE '9999-12-31', NULL, make_date(t."GraduationYear", 7, 1)::timestamp, 1,
                   e."SchoolCode"
            FROM talents_talent t JOIN talents_education e ON e."TalentId" = t."Id"
            WHERE e."SchoolCode" IS NOT NULL AND t."GraduationYear" <= 2026 AND abs(hashtext(t."Id"::text || 'list')) % 3 = 0
            """);
        foreach (var table in new[] { "talents_talent", "talents_education", "accounts_user", "talents_employment_change", "jobs_application", "graduates_graduate" })
        {
            var vacuum = $"VACUUM ANALYZE {table}";
            await db.Database.ExecuteSqlRawAsync(vacuum);
        }
        Console.WriteLine($"// {watch.Elapsed.TotalSeconds:F0} s: seeded");
        return database;
    }

    /// <summary>Time of each command until its first row (or its end), summed by what it reads or writes while <see cref="On"/>.</summary>
    private sealed class CommandTimes : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, (double Seconds, int Count)> _totals = new();

        public volatile bool On;

        public IReadOnlyDictionary<string, (double Seconds, int Count)> Totals => _totals;

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            Add(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            Add(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        private void Add(DbCommand command, TimeSpan duration)
        {
            if (!On) return;
            var text = command.CommandText;
            var kind = text.Contains("INSERT INTO", StringComparison.Ordinal) ? "inserts (findings, inbox messages, audit rows)"
                : text.Contains("FROM benefits_finding", StringComparison.Ordinal) || text.Contains("FROM benefits_application", StringComparison.Ordinal) ? "told or claimed look-ups"
                : text.Contains("FROM talents_employment_change", StringComparison.Ordinal) ? "employment sources"
                : text.Contains("FROM talents_talent", StringComparison.Ordinal) ? "talent pages"
                : text.Contains("FROM graduates_graduate", StringComparison.Ordinal) ? "university lists"
                : text.Contains("FROM jobs_application", StringComparison.Ordinal) ? "hires"
                : text.Contains("audit_entry", StringComparison.Ordinal) ? "the audit sealer chaining the new audit rows (in the background)"
                : "other (background polls, the run's own row)";
            _totals.AddOrUpdate(kind, (duration.TotalSeconds, 1), (_, t) => (t.Seconds + duration.TotalSeconds, t.Count + 1));
        }
    }

    /// <summary>The process's largest working set while it lives, and the largest managed heap left by a collection (what was
    /// still reachable, plus fragmentation), sampled every 100 ms.</summary>
    private sealed class PeakWorkingSet : IDisposable
    {
        private readonly Timer _timer;
        private long _peak, _heap;

        public PeakWorkingSet()
        {
            _peak = Environment.WorkingSet;
            _timer = new Timer(_ => Sample(), null, 0, 100);
        }

        public long Peak => Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet);

        public long Heap => Interlocked.Read(ref _heap);

        private void Sample()
        {
            Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet));
            Interlocked.Exchange(ref _heap, Math.Max(Interlocked.Read(ref _heap), GC.GetGCMemoryInfo().HeapSizeBytes));
        }

        public void Dispose() => _timer.Dispose();
    }
}
