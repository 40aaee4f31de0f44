using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>Look-ups of administrative divisions (GB/T 2260) for other modules.</summary>
public sealed class RegionDirectory(YincaiDb db)
{
    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Regions.AnyAsync(r => r.Code == code, cancellationToken);

    public Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);

    /// <summary>The divisions inside a scope, in code order (the province, its cities, their counties).</summary>
    public Task<List<RegionSummary>> WithinAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var prefix = scope.Prefix ?? "";
        return db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(prefix)).OrderBy(r => r.Code)
            .Select(r => new RegionSummary(r.Code, r.Name, r.Level)).ToListAsync(cancellationToken);
    }
}
