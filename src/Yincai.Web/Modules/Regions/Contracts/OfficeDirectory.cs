using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Regions.Contracts;

/// <summary>Read access to service offices for other modules and the public pages.</summary>
public sealed class OfficeDirectory(YincaiDb db)
{
    public Task<List<OfficeSummary>> ListAsync(int max, CancellationToken cancellationToken) =>
        db.Offices.AsNoTracking().OrderBy(o => o.RegionCode).Take(max)
            .Select(OfficeMapping.Projection)
            .ToListAsync(cancellationToken);
}
