using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Contracts;

/// <summary>A hire on the platform: the employer's word that the talent works for it, in the job's region, from that day.</summary>
public sealed record TalentHire(Guid TalentId, Guid EmployerId, string RegionCode, DateTime HiredAtUtc);

/// <summary>Hires as proof of employment and work place (invisible certification, ENT-05), whatever the caller's region scope.</summary>
public sealed class TalentHires(YincaiDb db)
{
    /// <summary>The latest hire of each of these talents' accounts (applications are found by account), by talent.</summary>
    public async Task<Dictionary<Guid, TalentHire>> LatestAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var hires = new Dictionary<Guid, TalentHire>();
        foreach (var chunk in userIds.Chunk(1000))
            foreach (var hire in await db.JobApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                         .Where(a => chunk.Contains(a.TalentUserId) && a.Status == ApplicationStatus.Hired && a.HiredAtUtc != null)
                         .Select(a => new TalentHire(a.TalentId, a.EmployerId, a.RegionCode, a.HiredAtUtc!.Value)).ToListAsync(cancellationToken))
                if (!hires.TryGetValue(hire.TalentId, out var seen) || seen.HiredAtUtc < hire.HiredAtUtc)
                    hires[hire.TalentId] = hire;
        return hires;
    }
}
