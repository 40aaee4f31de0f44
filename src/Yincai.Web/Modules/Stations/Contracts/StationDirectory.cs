using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Contracts;

/// <summary>What other modules ask of the stations: which station referred a talent to a job (Jobs, when the talent applies),
/// and which named station an operator runs (Events, as organiser).</summary>
public sealed class StationDirectory(YincaiDb db)
{
    /// <summary>The change feed's kind of a station (a cached page showing stations is tagged with it).</summary>
    public const string Kind = nameof(Station);

    /// <summary>The named station that last referred this talent to this job, if any (STN-10): the application it leads to
    /// is the station's, and so is the hire.</summary>
    public Task<Guid?> ReferrerAsync(Guid talentUserId, Guid jobId, CancellationToken cancellationToken) =>
        // The talent applying is not in any region's scope: the referral is looked up as the system.
        db.StationServices.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.TalentUserId == talentUserId && e.JobId == jobId && e.Kind == ServiceKind.Referral)
            .Join(db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(s => s.Status == StationStatus.Named), e => e.StationId, s => s.Id, (e, s) => e)
            .OrderByDescending(e => e.RecordedAtUtc).Select(e => (Guid?)e.StationId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The named stations this operator account runs, by name (a revoked one's operators run it no more).</summary>
    public Task<List<StationCard>> OperatedByAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.OperatorId == userId && s.Status == StationStatus.Named)
            .OrderBy(s => s.Name).Select(s => new StationCard(s.Id, s.Name, s.RegionCode, true)).ToListAsync(cancellationToken);

    public Task<StationCard?> CardAsync(Guid stationId, CancellationToken cancellationToken) =>
        db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.Id == stationId)
            .Select(s => new StationCard(s.Id, s.Name, s.RegionCode, s.Status == StationStatus.Named)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The office in whose name this station's events of <paramref name="year"/> run, when its yearly plan is approved
    /// (STN-11) and the station is still named; null otherwise (each event is then approved on its own).</summary>
    public async Task<string?> ApprovedPlanHostAsync(Guid stationId, int year, CancellationToken cancellationToken)
    {
        if (await CardAsync(stationId, cancellationToken) is not { IsNamed: true }) return null;
        return await db.EventPlans.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(p => p.StationId == stationId && p.Year == year && p.Status == EventPlanStatus.Approved)
            .Select(p => p.HostOfficeName).FirstOrDefaultAsync(cancellationToken);
    }
}
