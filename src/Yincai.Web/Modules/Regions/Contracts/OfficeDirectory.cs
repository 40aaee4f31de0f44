using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>Read access to service offices for other modules and the public pages.</summary>
public sealed class OfficeDirectory(YincaiDb db)
{
    /// <summary>The change feed's kind of an office (a cached page showing offices is tagged with it).</summary>
    public const string Kind = nameof(Office);

    public Task<List<OfficeSummary>> ListAsync(int max, CancellationToken cancellationToken) =>
        db.Offices.AsNoTracking().OrderBy(o => o.RegionCode).Take(max)
            .Select(OfficeMapping.Projection)
            .ToListAsync(cancellationToken);
}
