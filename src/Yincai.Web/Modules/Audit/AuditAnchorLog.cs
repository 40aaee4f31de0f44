using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Yincai.Modules.Audit;

/// <summary>
/// The anchor store: an append-only text file, one signed anchor a line (<c>SEQUENCE HASH TIME SIGNATURE</c>, the
/// signature an HMAC under <see cref="AuditChainKey"/>). The file lies outside the database, so whoever rewrites or
/// truncates the trail cannot make the anchors agree; a line edited by hand no longer verifies and is reported.
/// </summary>
public sealed class AuditAnchorLog(AuditChainKey key, TimeProvider clock, string path)
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public string Path { get; } = path;

    public static AuditAnchorLog Create(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<AuditOptions>>().Value.AnchorFile;
        var environment = services.GetRequiredService<IHostEnvironment>();
        return new AuditAnchorLog(services.GetRequiredService<AuditChainKey>(), services.GetRequiredService<TimeProvider>(),
            PathFrom(configured, services.GetRequiredService<IConfiguration>(), environment));
    }

    private static string PathFrom(string? configured, IConfiguration configuration, IHostEnvironment environment)
    {
        if (configured is { Length: > 0 }) return System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        if (!environment.IsDevelopment())
            throw new InvalidOperationException("Audit:AnchorFile must name the append-only file of audit anchors (outside the database's reach).");
        // Beside the SQLite file, which Development uses; data/ otherwise.
        string? folder = null;
        if (Platform.DatabaseOptions.ProviderFrom(configuration) == Platform.DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(Platform.DatabaseOptions.SqliteConnectionString(configuration, environment.ContentRootPath))
                .DataSource is { Length: > 0 } file && file != ":memory:")
            folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file, environment.ContentRootPath));
        folder ??= System.IO.Path.Combine(environment.ContentRootPath, "data");
        return System.IO.Path.Combine(folder, "audit-anchors.log");
    }

    /// <summary>Appends a signed anchor for <paramref name="head"/>, stamped now.</summary>
    public async Task<StoredAuditAnchor> AppendAsync(AuditAnchor head, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        var line = Line(head, at);
        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            // Append mode: the file is only ever added to, never rewritten (an operator can make it append-only: chattr +a).
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            var bytes = Encoding.UTF8.GetBytes(line + "\n");
            await file.WriteAsync(bytes, cancellationToken);
            await file.FlushAsync(cancellationToken);
        }
        finally
        {
            AppendLock.Release();
        }
        return new StoredAuditAnchor(head, at, 0);
    }

    /// <summary>Every line of the store: the anchors whose signature holds, and the numbers of the lines that do not.</summary>
    public async Task<AuditAnchorRead> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return new AuditAnchorRead([], []);
        var anchors = new List<StoredAuditAnchor>();
        var bad = new List<int>();
        var number = 0;
        await using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            if (Parse(line, number) is { } anchor) anchors.Add(anchor);
            else bad.Add(number);
        }
        return new AuditAnchorRead(anchors, bad);
    }

    private string Line(AuditAnchor head, DateTime atUtc)
    {
        var unsigned = string.Join(' ', head.Sequence.ToString(CultureInfo.InvariantCulture), head.Hash,
            atUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        return unsigned + " " + key.Sign("anchor " + unsigned);
    }

    private StoredAuditAnchor? Parse(string line, int number)
    {
        var parts = line.Split(' ');
        if (parts.Length != 4 || !AuditAnchor.TryParse(parts[0] + ":" + parts[1], out var anchor)
            || !DateTime.TryParseExact(parts[2], "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            || !key.Verifies("anchor " + string.Join(' ', parts[..3]), parts[3]))
            return null;
        return new StoredAuditAnchor(anchor!, at, number);
    }
}

/// <summary>One verified line of the anchor store.</summary>
public sealed record StoredAuditAnchor(AuditAnchor Anchor, DateTime WrittenAtUtc, int Line);

/// <summary>What the anchor store holds: the verified anchors in file order, and the lines whose signature fails.</summary>
public sealed record AuditAnchorRead(IReadOnlyList<StoredAuditAnchor> Anchors, IReadOnlyList<int> BadLines)
{
    /// <summary>The anchor that reaches furthest along the chain: what the chain must reach at least.</summary>
    public StoredAuditAnchor? Latest => Anchors.Count == 0 ? null : Anchors.MaxBy(a => a.Anchor.Sequence);
}
