namespace Yincai.Modules.Audit;

/// <summary><c>audit verify [--anchor=SEQUENCE:HASH]</c>: checks the hash chain from the start, or from an anchor
/// logged earlier; exit code 0 when intact, 2 when broken, 1 for a malformed anchor.</summary>
public static class AuditVerifyCommand
{
    public const string Name = "audit verify";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var anchorArgument = args.FirstOrDefault(a => a.StartsWith("--anchor=", StringComparison.Ordinal))?["--anchor=".Length..];
        AuditAnchor? anchor = null;
        if (anchorArgument is not null && !AuditAnchor.TryParse(anchorArgument, out anchor))
        {
            Console.WriteLine("--anchor takes SEQUENCE:HASH, as logged by the app (\"Audit head\") or shown on the audit page.");
            return 1;
        }
        var report = await services.GetRequiredService<AuditChain>().VerifyAsync(CancellationToken.None, anchor);
        if (report.IsIntact)
        {
            Console.WriteLine($"Audit chain intact: {report.CheckedCount} entries verified.");
            return 0;
        }
        Console.WriteLine($"Audit chain BROKEN at entry {report.BrokenAtSequence} ({report.Break}); {report.CheckedCount} entries before it verified.");
        return 2;
    }
}
