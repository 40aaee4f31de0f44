using Yincai.Platform;
namespace Yincai.Modules.Imports.Contracts;

/// <summary>
/// One pass over an import file. The first pass only checks (<see cref="Write"/> false); the second checks again
/// and applies the rows to tracked entities, which the caller saves in one transaction. What must hold across the
/// whole file (a person at most once) is kept in <see cref="Seen"/>.
/// </summary>
public sealed class ImportPass(bool write, Guid officerId, DateTime nowUtc)
{
    public bool Write { get; } = write;

    /// <summary>The officer who started the import: imported employers are verified and jobs published by them.</summary>
    public Guid OfficerId { get; } = officerId;

    public DateTime NowUtc { get; } = nowUtc;

    public DateOnly Today => ChinaClock.DateOf(NowUtc);

    /// <summary>Identifying keys met so far in this pass, with the row that first had each.</summary>
    public Dictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);
}
