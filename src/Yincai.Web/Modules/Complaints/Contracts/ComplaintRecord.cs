using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Complaints.Contracts;

/// <summary>Complaints as other modules see them: the reviewers of employers and jobs are shown upheld complaints (GRD-14).</summary>
public sealed class ComplaintRecord(YincaiDb db)
{
    /// <summary>How many complaints against each of these employers were upheld, wherever they were handled.</summary>
    public async Task<Dictionary<Guid, int>> UpheldCountsAsync(IReadOnlyCollection<Guid> employerIds, CancellationToken cancellationToken)
    {
        if (employerIds.Count == 0) return [];
        var ids = employerIds.Distinct().ToList();
        return await db.Complaints.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(c => c.EmployerId != null && ids.Contains(c.EmployerId.Value) && c.Upheld == true)
            .GroupBy(c => c.EmployerId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
