namespace Yincai.Modules.Audit;

/// <summary><c>audit verify [--anchor=SEQUENCE:HASH]</c>: checks the whole keyed hash chain and holds it against the latest
/// signed anchor of the anchor store (and the anchor given, if any). Exit code 0 when intact, 2 on any break (a truncated,
/// rewritten or forged chain, or a tampered anchor line), 1 for a malformed anchor.</summary>
public static class AuditVerifyCommand
{
    public const string Name = "audit verify";

    public static Task<int> RunAsync(IServiceProvider services, string[] args) => RunAsync(services, args, Console.Out);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var anchorArgument = args.FirstOrDefault(a => a.StartsWith("--anchor=", StringComparison.Ordinal))?["--anchor=".Length..];
        AuditAnchor? anchor = null;
        if (anchorArgument is not null && !AuditAnchor.TryParse(anchorArgument, out anchor))
        {
            await output.WriteLineAsync("--anchor takes SEQUENCE:HASH, as logged by the app (\"Audit head\") or shown on the audit page.");
            return 1;
        }
        var report = await services.GetRequiredService<AuditChain>().VerifyWithAnchorsAsync(CancellationToken.None, anchor);
        await output.WriteLineAsync($"Anchor store: {services.GetRequiredService<AuditAnchorLog>().Path}");
        await output.WriteLineAsync(report.Describe());
        return report.IsIntact ? 0 : 2;
    }
}
