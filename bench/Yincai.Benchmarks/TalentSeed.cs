using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Demo;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Benchmarks;

/// <summary>A database of N generated talents for the list benchmarks, made once and kept between runs.</summary>
public static class TalentSeed
{
    public static readonly DateTime NowUtc = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Fixed keys: benchmark data is generated, never real.</summary>
    public static FieldProtection Protection { get; } = new(new ProtectionKeys(
        Enumerable.Range(1, 32).Select(i => (byte)i).ToArray(), Enumerable.Range(101, 32).Select(i => (byte)i).ToArray(),
        Enumerable.Range(201, 32).Select(i => (byte)i).ToArray()));

    /// <summary>Above this many rows the generated million is copied in SQL (see <see cref="ReplicateAsync"/>).</summary>
    private const int Generated = 1_000_000;

    public static async Task<(string Database, FieldProtection Protection, string SomeIdNumber)> EnsureAsync(int rows)
    {
        var server = BenchDatabase.ServerConnectionString(null);
        var name = $"yincai_bench_talents_{rows}";
        var database = await BenchDatabase.CreateAsync(server, name, keepExisting: true);
        var generated = rows > Generated && rows % Generated == 0 ? Generated : rows;
        var generator = new TalentGenerator(seed: 2026, DateOnly.FromDateTime(NowUtc), new UniversityCatalog(), new MajorCatalog());
        var rowsOf = generator.Generate(generated).ToList();
        await using (var db = BenchDatabase.Open(database))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
            if (await db.Talents.CountAsync() < rows)
            {
                Console.WriteLine($"// seeding {generated:N0} talents by COPY into {name} ...");
                await db.Database.ExecuteSqlRawAsync("TRUNCATE talents_education, talents_talent CASCADE");
                var entities = new TalentEntities(Protection, new UniversityCatalog(), new MajorCatalog(), NowUtc);
                var pairs = rowsOf.Select(entities.From).ToList();
                await EntityCopy.CopyAsync(database, pairs.Select(p => p.Talent));
                await EntityCopy.CopyAsync(database, pairs.Select(p => p.Education));
                if (rows > generated) await ReplicateAsync(db, rows / generated - 1);
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE talents_talent");
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE talents_education");
            }
        }
        return (database, Protection, rowsOf[generated / 2].IdNumber);
    }

    /// <summary>
    /// Makes a province of ten million from the generated million in minutes rather than hours: <paramref name="copies"/>
    /// more copies of every talent and education, each with a new id (the version-7 time prefix kept, so creation order
    /// holds; the random tail replaced) and new blind indexes (unique per copy). Names, regions, degrees and years stay as
    /// generated, so every filter keeps its share of rows; the ciphertexts are the originals' (still decryptable). The
    /// secondary indexes are dropped for the inserts and built once afterwards, as a bulk load would.
    /// </summary>
    private static async Task ReplicateAsync(YincaiDb db, int copies)
    {
        var indexes = await db.Database.SqlQueryRaw<SecondaryIndex>("""
            SELECT indexname AS "Name", indexdef AS "Definition" FROM pg_indexes
            WHERE tablename IN ('talents_talent', 'talents_education') AND indexname NOT LIKE 'PK_%'
            """).ToListAsync();
        foreach (var drop in indexes.Select(index => $"DROP INDEX \"{index.Name}\"")) await db.Database.ExecuteSqlRawAsync(drop);
        await db.Database.ExecuteSqlRawAsync("CREATE UNLOGGED TABLE bench_base_talent AS SELECT * FROM talents_talent");
        await db.Database.ExecuteSqlRawAsync("CREATE UNLOGGED TABLE bench_base_education AS SELECT * FROM talents_education");
        static string NewId(string column) => $"(left({column}::text, 24) || right(md5(k.c::text || {column}::text), 12))::uuid";
        static string NewIndex(string column) => $"md5(k.c::text || {column}) || md5({column} || k.c::text)";
        for (var c = 1; c <= copies; c++)
        {
            Console.WriteLine($"// copy {c} of {copies} ...");
            var copy = $"(SELECT {c} AS c) k";
            var talents = $"""
                INSERT INTO talents_talent
                SELECT {NewId("t.\"Id\"")}, NULL, "FullName", "IdNumberCipher", {NewIndex("\"IdNumberIndex\"")}, "IdNumberMasked",
                       "Gender", "BirthDate", "RegionCode", "CreatedAtUtc", "UpdatedAtUtc", "Version", "EmployerName", "Employment",
                       "EmploymentChangedAtUtc", "Categories", "CurrentRegionCode", "DisadvantagedCipher", "GraduationYear",
                       "HighestDegree", "IntendedIndustryCodes", "IntendedJobTypes", "IntendedRegionCodes", "IsErased", "MajorCode",
                       "MajorName", "MobileCipher", CASE WHEN "MobileIndex" IS NULL THEN NULL ELSE {NewIndex("\"MobileIndex\"")} END,
                       "MobileMasked", "NativePlaceCode", "SalaryMaxYuan", "SalaryMinYuan", "SchoolName", "SharesWithEmployers",
                       "SharesWithStations", "Skills", "SearchBigrams", "SearchText"
                FROM bench_base_talent t, {copy}
                """;
            await db.Database.ExecuteSqlRawAsync(talents);
            var educations = $"""
                INSERT INTO talents_education
                SELECT {NewId("e.\"Id\"")}, {NewId("e.\"TalentId\"")}, "SchoolCode", "SchoolName", "Country", "Degree", "MajorCode",
                       "MajorName", "GraduationDate", "IsImported"
                FROM bench_base_education e, {copy}
                """;
            await db.Database.ExecuteSqlRawAsync(educations);
        }
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_base_talent, bench_base_education");
        foreach (var index in indexes)
        {
            Console.WriteLine($"// {index.Definition}");
            await db.Database.ExecuteSqlRawAsync(index.Definition);
        }
    }

    private sealed record SecondaryIndex(string Name, string Definition);
}
