using Yincai.Modules.Audit;

namespace Yincai.Platform;

/// <summary>Commands run instead of the web server: <c>audit verify [--anchor=SEQUENCE:HASH]</c> and <c>seed-demo</c>.</summary>
public static class PlatformCommands
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var command = string.Join(' ', args.Where(a => !a.StartsWith('-') && !a.Contains('=')));
        if (command is not ("audit verify" or "seed-demo")) return null;

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        if (command == "seed-demo")
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
            Console.WriteLine("Demo data is in place.");
            return 0;
        }

        var anchorArgument = args.FirstOrDefault(a => a.StartsWith("--anchor=", StringComparison.Ordinal))?["--anchor=".Length..];
        AuditAnchor? anchor = null;
        if (anchorArgument is not null && !AuditAnchor.TryParse(anchorArgument, out anchor))
        {
            Console.WriteLine("--anchor takes SEQUENCE:HASH, as logged by the app (\"Audit head\") or shown on the audit page.");
            return 1;
        }
        var report = await scope.ServiceProvider.GetRequiredService<AuditChain>().VerifyAsync(CancellationToken.None, anchor);
        if (report.IsIntact)
        {
            Console.WriteLine($"Audit chain intact: {report.CheckedCount} entries verified.");
            return 0;
        }
        Console.WriteLine($"Audit chain BROKEN at entry {report.BrokenAtSequence} ({report.Break}); {report.CheckedCount} entries before it verified.");
        return 2;
    }
}
