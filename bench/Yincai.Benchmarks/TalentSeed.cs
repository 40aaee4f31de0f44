using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Demo;
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

    public static async Task<(string Database, FieldProtection Protection, string SomeIdNumber)> EnsureAsync(int rows)
    {
        var server = BenchDatabase.ServerConnectionString(null);
        var name = $"yincai_bench_talents_{rows}";
        var database = await BenchDatabase.CreateAsync(server, name, keepExisting: true);
        var generator = new TalentGenerator(seed: 2026, DateOnly.FromDateTime(NowUtc), new UniversityCatalog(), new MajorCatalog());
        var rowsOf = generator.Generate(rows).ToList();
        await using (var db = BenchDatabase.Open(database))
        {
            if (await db.Talents.CountAsync() < rows)
            {
                Console.WriteLine($"// seeding {rows:N0} talents by COPY into {name} ...");
                await db.Database.ExecuteSqlRawAsync("TRUNCATE talents_education, talents_talent CASCADE");
                var entities = new TalentEntities(Protection, new UniversityCatalog(), new MajorCatalog(), NowUtc);
                var pairs = rowsOf.Select(entities.From).ToList();
                await EntityCopy.CopyAsync(database, pairs.Select(p => p.Talent));
                await EntityCopy.CopyAsync(database, pairs.Select(p => p.Education));
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE talents_talent");
            }
        }
        return (database, Protection, rowsOf[rows / 2].IdNumber);
    }
}
