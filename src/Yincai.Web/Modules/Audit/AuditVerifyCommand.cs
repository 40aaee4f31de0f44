namespace Yincai.Modules.Audit;

/// <summary><c>audit verify [--anchor=SEQUENCE:HASH]</c>: checks the whole keyed hash chain and holds it against the latest
/// signed anchor of the anchor store (and the anchor given, if any), and counts the rows not sealed yet. Exit code 0 when
/// intact, 2 on any finding (a truncated, rewritten or forged chain, a tampered anchor line, or rows left unsealed longer
/// than <c>Audit:SealWithin</c>), 1 for a malformed anchor.</summary>
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
        return report.HasFindings ? 2 : 0;
    }
}
