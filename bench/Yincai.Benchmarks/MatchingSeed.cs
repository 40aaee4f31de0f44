using System.Diagnostics;
using Npgsql;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs;
using Yincai.Modules.Talents;
using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Talents.Demo;

namespace Yincai.Benchmarks;

/// <summary>
/// Writes <see cref="MatchingData"/> into a freshly migrated PostgreSQL database by binary COPY: published jobs built
/// through <see cref="Job"/>'s constructor, <c>Submit</c> and <c>Approve</c>, and consenting talents built as the
/// platform builds them (<see cref="TalentEntities"/>: encrypted ID and mobile, education summary) with their
/// intention set and consent recorded. The labels go into the table <c>bench_match_label</c> of the same database.
/// Employers are not written: <c>jobs_job.EmployerId</c> has no foreign key and matching never reads employers.
/// </summary>
public static class MatchingSeed
{
    public const int Seed = MatchingData.DefaultSeed;

    public static string DatabaseName(int jobs, int talents) => $"yincai_bench_matching_{jobs}_{talents}";

    public static async Task<bool> ExistsAsync(string server, int jobs, int talents)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{DatabaseName(jobs, talents)}'", connection);
        if (await exists.ExecuteScalarAsync() is null) return false;
        await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(jobs, talents) }.ConnectionString);
        await db.OpenAsync();
        await using var done = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name = 'bench_match_label'", db);
        return (long)(await done.ExecuteScalarAsync())! > 0;
    }

    public static async Task<string> GenerateAsync(string server, int jobs, int talents, int probes)
    {
        var watch = Stopwatch.StartNew();
        var database = await BenchDatabase.CreateAsync(server, DatabaseName(jobs, talents));
        var majors = new MajorCatalog();
        var data = new MatchingData(Seed, jobs, talents, probes, majors, new IndustryCatalog());
        Console.WriteLine($"generated {data.Jobs.Count:N0} jobs, {data.Talents.Count:N0} talents, {data.ProbeTalents.Count} + {data.ProbeJobs.Count} probes, "
            + $"{data.JobLabels.Count + data.TalentLabels.Count:N0} labels in {watch.Elapsed.TotalSeconds:F1} s");

        var now = TalentSeed.NowUtc;
        var today = DateOnly.FromDateTime(now);
        var random = new Random(Seed);
        var employerIds = data.Employers.Select(_ => NewId(random)).ToArray();
        var officer = NewId(random);
        var jobIds = new Guid[data.Jobs.Count];
        watch.Restart();
        await EntityCopy.CopyAsync(database, data.Jobs.Select((s, i) =>
        {
            var job = new Job(employerIds[s.Employer], new JobDetails(data.Employers[s.Employer], s.Type, s.Title, s.Description, s.RegionCode,
                s.IndustryCode, 1 + i % 5, s.MinDegree, s.SalaryMinYuan, s.SalaryMaxYuan, new DateOnly(2027, 12, 31), s.OccupationCode, s.MajorCodes,
                s.MinExperienceYears, s.Tags), now);
            job.Submit(today);
            job.Approve(officer, now);
            jobIds[i] = job.Id;
            return job;
        }));
        Console.WriteLine($"COPY {data.Jobs.Count:N0} published jobs: {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        var people = new TalentGenerator(Seed, today, new UniversityCatalog(), majors, outsideShare: 0);
        var entities = new TalentEntities(TalentSeed.Protection, new UniversityCatalog(), majors, now);
        var talentIds = new Guid[data.Talents.Count];
        await EntityCopy.CopyAsync(database, data.Talents.Select((s, i) =>
        {
            var degree = s.Degree switch { DegreeLevel.Vocational => "专科", DegreeLevel.Bachelor => "本科", DegreeLevel.Master => "硕士", _ => "博士" };
            var person = people.Next() with { Degree = degree, Major = s.Major.Name, GraduationDate = new DateOnly(s.GraduationYear, 6, 30) };
            var (talent, _) = entities.From(person);
            talent.SetIntention(s.Regions, s.Industries, s.Types, s.SalaryMinYuan, null, s.Skills, now);
            talent.SetPositions(s.Positions, now);
            talent.RecordConsent(ConsentPurpose.ShareWithEmployers, true);
            talentIds[i] = talent.Id;
            return talent;
        }));
        Console.WriteLine($"COPY {data.Talents.Count:N0} consenting talents (encrypted, built by the platform's code): {watch.Elapsed.TotalSeconds:F1} s");

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        watch.Restart();
        foreach (var table in new[] { "jobs_job", "talents_talent" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"VACUUM ANALYZE: {watch.Elapsed.TotalSeconds:F1} s");
        // The label table last: its presence marks a finished generation.
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE bench_match_label (direction char(1) NOT NULL, probe uuid NOT NULL, item uuid NOT NULL, grade int NOT NULL)", connection))
            await create.ExecuteNonQueryAsync();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY bench_match_label (direction, probe, item, grade) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var l in data.JobLabels)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync("J"); await writer.WriteAsync(talentIds[l.Probe]); await writer.WriteAsync(jobIds[l.Item]); await writer.WriteAsync(l.Grade);
            }
            foreach (var l in data.TalentLabels)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync("T"); await writer.WriteAsync(jobIds[l.Probe]); await writer.WriteAsync(talentIds[l.Item]); await writer.WriteAsync(l.Grade);
            }
            await writer.CompleteAsync();
        }
        return database;
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
