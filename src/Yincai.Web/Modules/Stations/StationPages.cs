using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>
/// The module's lists: the public list of named stations and homes (and those in public notice), the review list, and what
/// waits for the signed-in officer or expert. A province holds tens to hundreds of stations, so the keyword filter is a LIKE
/// over a few short columns of the named ones (an index would serve nobody here).
/// </summary>
public sealed class StationPages(YincaiDb db, CurrentUser current, ChinaClock clock)
{
    public const int PageSize = 20;

    /// <summary>Public: named stations of every region, whatever the viewer's scope, filtered as the visitor asks.</summary>
    public async Task<PagedList<Station>> PublicAsync(Guid? programId, string? typeKey, string? regionPrefix, SearchTerms query, int page,
        CancellationToken cancellationToken)
    {
        // A public list: an officer sees the same list as anyone, not only their own region's.
        var stations = db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.Status == StationStatus.Named);
        if (programId is { } program) stations = stations.Where(s => s.ProgramId == program);
        if (!string.IsNullOrEmpty(typeKey)) stations = stations.Where(s => s.TypeKey == typeKey);
        if (!string.IsNullOrEmpty(regionPrefix)) stations = stations.Where(s => s.RegionCode.StartsWith(regionPrefix));
        foreach (var term in query.Terms)
            stations = stations.Where(s => s.Name.Contains(term) || s.OrganisationName.Contains(term) || s.Address.Contains(term) || s.Introduction.Contains(term));
        return await stations.ToCappedPagedListAsync(q => q.OrderByDescending(s => s.NamedOn).ThenBy(s => s.Id), Math.Max(1, page), PageSize,
            PagedListExtensions.DefaultCountCap, cancellationToken);
    }

    /// <summary>Those in public notice now (公示), whom anyone may object to; few at any time.</summary>
    public Task<List<Station>> InNoticeAsync(CancellationToken cancellationToken)
    {
        // A notice that is over but not yet decided takes no more objections: it is no longer listed as in notice.
        var today = clock.Today;
        return db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.Status == StationStatus.PublicNotice && s.NoticeUntil >= today)
            .OrderBy(s => s.NoticeUntil).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>A station's public page: named or in notice; nothing else is public.</summary>
    public Task<Station?> PublicViewAsync(Guid id, CancellationToken cancellationToken) =>
        db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && (s.Status == StationStatus.Named || s.Status == StationStatus.PublicNotice), cancellationToken);

    /// <summary>The certificate check, by the code in its QR link or by its number: public facts only.</summary>
    public Task<Station?> VerifyAsync(string? code, string? number, CancellationToken cancellationToken)
    {
        var stations = db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code)) return stations.FirstOrDefaultAsync(s => s.VerificationCode == code.Trim(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(number)) return stations.FirstOrDefaultAsync(s => s.CertificateNumber == number.Trim().ToUpperInvariant(), cancellationToken);
        return Task.FromResult<Station?>(null);
    }

    /// <summary>These stations, those in the caller's scope.</summary>
    public Task<Dictionary<Guid, Station>> InScopeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);

    /// <summary>Applications and stations in the reviewer's scope, drafts left out (they are the applicant's own).</summary>
    public async Task<PagedList<Station>> ReviewAsync(StationStatus? status, Guid? programId, int page, CancellationToken cancellationToken)
    {
        var stations = db.Stations.AsNoTracking().Where(s => s.Status != StationStatus.Draft);
        if (status is { } st) stations = stations.Where(s => s.Status == st);
        if (programId is { } program) stations = stations.Where(s => s.ProgramId == program);
        return await stations.ToCappedPagedListAsync(q => q.OrderBy(s => s.Status).ThenByDescending(s => s.SubmittedAtUtc).ThenBy(s => s.Id),
            Math.Max(1, page), PageSize, PagedListExtensions.DefaultCountCap, cancellationToken);
    }

    /// <summary>
    /// What waits for the signed-in person: for an officer, applications at a stage of their level and notices over that
    /// their program's officers must decide; for an expert, applications at a stage with experts that they have not scored.
    /// </summary>
    public async Task<List<Station>> WaitingAsync(CancellationToken cancellationToken)
    {
        var open = await db.Stations.AsNoTracking().Where(s => s.Status == StationStatus.InReview || s.Status == StationStatus.PublicNotice)
            .OrderBy(s => s.SubmittedAtUtc).Take(500).ToListAsync(cancellationToken);
        if (open.Count == 0) return [];
        var programs = await db.StationPrograms.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var scored = current.Id is { } me && current.IsInRole(Roles.Reviewer)
            ? (await db.ExpertScores.Where(s => s.ReviewerId == me).Select(s => new { s.StationId, s.StageKey }).ToListAsync(cancellationToken))
                .Select(s => (s.StationId, s.StageKey)).ToHashSet()
            : [];
        return open.Where(s => IsWaitingFor(programs[s.ProgramId], s, scored)).ToList();
    }

    public async Task<int> WaitingCountAsync(CancellationToken cancellationToken) => (await WaitingAsync(cancellationToken)).Count;

    private bool IsWaitingFor(StationProgram program, Station station, HashSet<(Guid, string)> scored)
    {
        var prefix = current.Scope.Prefix;
        if (station.Status == StationStatus.PublicNotice)
            return current.IsInRole(Roles.Officer) && prefix == program.ProgramPrefix && station.NoticeUntil < clock.Today;
        var stage = program.Definition.Stages[station.StageIndex];
        if (current.IsInRole(Roles.Officer) && prefix == program.StagePrefix(stage, station.RegionCode)) return true;
        return current.IsInRole(Roles.Reviewer) && stage.Experts > 0 && !scored.Contains((station.Id, stage.Key));
    }
}
