using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// The product path of a talent import, end to end in one process: the platform starts on a fresh PostgreSQL database
/// (migrations, reference and demo data), the .xlsx is queued as a Shandong officer's all-or-nothing import, and the
/// platform's own import runner checks and writes it. Reports the time from queueing to the committed result.
/// </summary>
public static class ImportRun
{
    public static async Task RunAsync(string server, string workbook, string? warmupWorkbook = null)
    {
        var database = await BenchDatabase.CreateAsync(server, "yincai_bench_import");
        // The factory looks for the web project beside the solution file; tell it where src/Yincai.Web is.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "Yincai.Web"))) root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_YINCAI_WEB",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from the repository."), "src", "Yincai.Web"));
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:" + DatabaseOptions.ConnectionStringName, database);
            b.UseSetting("Demo:SeedOnFirstStart", "true");
            b.UseSetting("Demo:Password", "Bench#Pass2026");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Protection:FieldKey", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Protection:IndexKey", Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Protection:KeyRingKey", Convert.ToBase64String(Enumerable.Range(201, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Audit:ChainKey", Convert.ToBase64String(Enumerable.Range(51, 32).Select(i => (byte)i).ToArray()));
            b.UseSetting("Audit:AnchorFile", Path.Combine(Path.GetTempPath(), "yincai-bench-anchors-" + Guid.NewGuid().ToString("N") + ".log"));
        });
        _ = app.Server; // starts the host: migrations, demo data, the import runner

        if (warmupWorkbook is not null)
        {
            // Other people, imported and sealed first unrecorded: a server that has run an import before has the import's
            // code compiled optimized (tiered compilation), which a process just started compiles during its first import.
            var (warm, warmTime, _) = await ImportAsync(app, warmupWorkbook);
            await SealedAsync(app);
            Console.WriteLine($"warm-up import of {warm.TotalRows:N0} other rows: {warm.Status} in {warmTime.TotalSeconds:F1} s (not recorded)");
        }
        var (job, total, peak) = await ImportAsync(app, workbook);
        Console.WriteLine($"Talent import of {job.TotalRows:N0} rows ({new FileInfo(workbook).Length / 1024.0 / 1024.0:F1} MB .xlsx) into PostgreSQL: {job.Status}");
        Console.WriteLine($"  created {job.Created:N0}, updated {job.Updated:N0}, unchanged {job.Unchanged:N0}, row errors {job.ErrorRows:N0}");
        Console.WriteLine($"  queued to committed: {total.TotalSeconds:F1} s ({job.TotalRows / total.TotalSeconds:N0} rows/s); peak working set {peak / 1024 / 1024:N0} MB");
        if (job.StartedAtUtc is { } started && job.FinishedAtUtc is { } finished)
            Console.WriteLine($"  runner: started to finished {(finished - started).TotalSeconds:F1} s");

        // The audit rows go in unsealed; each copy's AuditSealer chains them in the background (issue #16).
        var sealing = await SealedAsync(app);
        Console.WriteLine($"  audit rows all sealed {sealing.TotalSeconds:F1} s after the commit was seen");
    }

    /// <summary>Queues <paramref name="workbook"/> as a Shandong officer's all-or-nothing talent import and waits for the
    /// platform's runner to finish it: the job, queued to committed, and the peak working set meanwhile.</summary>
    private static async Task<(ImportJob Job, TimeSpan Elapsed, long Peak)> ImportAsync(WebApplicationFactory<Program> app, string workbook)
    {
        var content = await File.ReadAllBytesAsync(workbook);
        Guid jobId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            var officer = await db.Users.SingleAsync(u => u.UserName == "officer.sd");
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(officer.Id, officer.UserName!, "370000", [Roles.Officer]);
            var queued = await scope.ServiceProvider.GetRequiredService<ImportUploads>()
                .QueueAsync(ImportKind.Talents, ImportMode.AllOrNothing, Path.GetFileName(workbook), content, default);
            if (queued.IsError) throw new InvalidOperationException("Not queued: " + queued.Error!.Message);
            jobId = queued.Value!.Id;
        }
        var watch = Stopwatch.StartNew();
        var peak = 0L;
        while (true)
        {
            await Task.Delay(100); // the figure is read to a tenth of a second
            peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            var job = await db.ImportJobs.AsNoTracking().IgnoreQueryFilters().SingleAsync(j => j.Id == jobId);
            if (job.Status is ImportStatus.Succeeded or ImportStatus.Failed) return (job, watch.Elapsed, peak);
        }
    }

    /// <summary>Waits until no audit row is left unsealed; how long that took.</summary>
    private static async Task<TimeSpan> SealedAsync(WebApplicationFactory<Program> app)
    {
        var sealing = Stopwatch.StartNew();
        while (true)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            if (!await db.AuditEntries.AsNoTracking().IgnoreQueryFilters().AnyAsync(a => a.Sequence == null)) return sealing.Elapsed;
            await Task.Delay(200);
        }
    }
}
