using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Review;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Benchmarks;

/// <summary>
/// The officers' talent list (Talents/Review) at a million talents on PostgreSQL: one page of 30 with the capped count,
/// as a city and as the province, with filters, a deep page and an exact ID-number look-up. Each benchmark is one
/// page request's database work, through the same filter and paging code as the page.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class TalentListBenchmarks
{
    public static int Rows => int.TryParse(Environment.GetEnvironmentVariable("YINCAI_BENCH_ROWS"), out var n) ? n : 1_000_000;

    private string _database = "";
    private MajorCatalog _majors = null!;
    private FieldProtection _protection = null!;
    private string _someIdNumber = "";
    // Built once, as the app's are (a singleton), not for every page.
    private DbContextOptions<YincaiDb> _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_database, _protection, _someIdNumber) = TalentSeed.EnsureAsync(Rows).GetAwaiter().GetResult();
        _majors = new MajorCatalog();
        _options = Configured(_database);
    }

    [Benchmark(Description = "city officer, first page")]
    public Task<int> CityFirstPage() => PageAsync("370200", new TalentListFilter());

    [Benchmark(Description = "province officer, first page")]
    public Task<int> ProvinceFirstPage() => PageAsync("370000", new TalentListFilter());

    [Benchmark(Description = "county officer, first page")]
    public Task<int> CountyFirstPage() => PageAsync("370202", new TalentListFilter());

    [Benchmark(Description = "city, graduation year + degree")]
    public Task<int> CityYearAndDegree() => PageAsync("370200", new TalentListFilter { GraduationYear = 2025, Degree = DegreeLevel.Master });

    [Benchmark(Description = "city, a county + graduation year + degree")]
    public Task<int> CityCountyYearAndDegree() =>
        PageAsync("370200", new TalentListFilter { Region = "370202", GraduationYear = 2025, Degree = DegreeLevel.Master });

    [Benchmark(Description = "province, major 软件工程")]
    public Task<int> ProvinceMajor() => PageAsync("370000", new TalentListFilter { Major = "080902" });

    [Benchmark(Description = "province, unemployed graduates")]
    public Task<int> ProvinceUnemployed() => PageAsync("370000", new TalentListFilter { Category = TalentCategory.UnemployedGraduate, Status = EmploymentStatus.Seeking });

    [Benchmark(Description = "province, native master/PhD (ENT-03)")]
    public Task<int> ProvinceNativeScholars() => PageAsync("370000", new TalentListFilter { Category = TalentCategory.PhdOrMaster, NativePlace = "370000" });

    [Benchmark(Description = "city, page 300 (deepest)")]
    public Task<int> CityDeepPage() => PageAsync("370200", new TalentListFilter(), page: 300);

    [Benchmark(Description = "city, a name (张伟)")]
    public Task<int> CityName() => PageAsync("370200", new TalentListFilter { Q = "张伟" });

    [Benchmark(Description = "province, a rare name (欧阳明)")]
    public Task<int> ProvinceRareName() => PageAsync("370000", new TalentListFilter { Q = "欧阳明" });

    [Benchmark(Description = "province, exact ID number")]
    public async Task<int> ProvinceIdNumber()
    {
        await using var db = Open("370000");
        var index = _protection.BlindIndex(_someIdNumber);
        return await db.Talents.AsNoTracking().Where(t => t.IdNumberIndex == index).CountAsync();
    }

    private async Task<int> PageAsync(string scope, TalentListFilter filter, int page = 1)
    {
        await using var db = Open(scope);
        // The page's own query; a name needs neither the profiles nor the messages (only an ID number does).
        var (query, _) = Modules.Talents.Review.IndexModel.Query(db, null!, _majors, null!, filter, DateOnly.FromDateTime(TalentSeed.NowUtc));
        var list = await Modules.Talents.Review.IndexModel.ListAsync(db, query, filter, page, default);
        return list.Items.Count + list.Total;
    }

    private YincaiDb Open(string scope)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CurrentUser.ScopeClaim, scope)], "bench"));
        var user = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } });
        return new YincaiDb(_options, user);
    }

    private static DbContextOptions<YincaiDb> Configured(string database)
    {
        var options = new DbContextOptionsBuilder<YincaiDb>();
        DatabaseOptions.Configure(options, DatabaseProvider.Postgres, database);
        return options.Options;
    }
}
