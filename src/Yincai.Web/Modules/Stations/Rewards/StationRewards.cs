using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Rewards;

/// <summary>Reward claims (STN-13): a station claims for a hire it referred or for a year's events; the program's officers
/// approve an amount up to the claim or refuse with a reason. A hire is claimed once.</summary>
public sealed class StationRewards(YincaiDb db, CurrentUser current, ChinaClock clock, StationOperation operation, StationAccreditation accreditation,
    JobReferrals jobs, Notifier notifier)
{
    public const decimal MaxYuan = 1_000_000m;

    public Task<List<RewardClaim>> OfStationAsync(Guid stationId, CancellationToken cancellationToken) =>
        db.StationRewards.AsNoTracking().Where(r => r.StationId == stationId).OrderByDescending(r => r.ClaimedAtUtc).Take(200).ToListAsync(cancellationToken);

    /// <summary>The claims waiting for the signed-in officer: those of the programs whose officers they are.</summary>
    public async Task<List<RewardClaim>> SubmittedAsync(CancellationToken cancellationToken)
    {
        var claims = await db.StationRewards.AsNoTracking().Where(r => r.Status == RewardStatus.Submitted).OrderBy(r => r.ClaimedAtUtc).Take(200)
            .ToListAsync(cancellationToken);
        return await accreditation.OfMyProgramsAsync(claims, c => c.StationId, cancellationToken);
    }

    /// <summary>The hires the station referred in the last two years that no claim names yet.</summary>
    public async Task<List<StationHire>> ClaimableHiresAsync(Guid stationId, CancellationToken cancellationToken)
    {
        var from = ChinaClock.StartOfDayUtc(new DateOnly(clock.Today.Year - 1, 1, 1));
        var hires = await jobs.HiresOfStationAsync(stationId, from, clock.UtcNow.AddDays(1), 500, cancellationToken);
        var claimed = await db.StationRewards.Where(r => r.StationId == stationId && r.ApplicationId != null && r.Status != RewardStatus.Rejected)
            .Select(r => r.ApplicationId!.Value).ToListAsync(cancellationToken);
        return hires.Where(h => !claimed.Contains(h.ApplicationId)).ToList();
    }

    public async Task<Result<RewardClaim>> ClaimAsync(Guid stationId, RewardKind kind, Guid? applicationId, int? year, decimal? yuan, string? reason,
        CancellationToken cancellationToken)
    {
        if (await operation.RunByMeAsync(stationId, cancellationToken) is not { } station) return StationErrors.NotOperator;
        if (yuan is not (> 0 and <= MaxYuan)) return StationErrors.RewardAmount;
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 2000) return StationErrors.ReasonRequired;
        var fen = (long)Math.Round(yuan.Value * 100, MidpointRounding.AwayFromZero);
        RewardClaim claim;
        if (kind == RewardKind.HighLevelHire)
        {
            // Only a hire this station referred: the application exists, is hired, and is the station's (STN-13).
            var hire = applicationId is { } id ? (await ClaimableHiresAsync(stationId, cancellationToken)).FirstOrDefault(h => h.ApplicationId == id) : null;
            if (hire is null) return StationErrors.NoLinkedHire;
            claim = new RewardClaim(station.Id, station.RegionCode, kind, ChinaClock.DateOf(hire.HiredAtUtc).Year, hire.ApplicationId,
                $"{hire.JobTitle} · {hire.EmployerName} · {Display.Date(ChinaClock.DateOf(hire.HiredAtUtc))}", fen, reason.Trim(), current.Id!.Value, clock.UtcNow);
        }
        else
        {
            if (year is not { } y || y < clock.Today.Year - 1 || y > clock.Today.Year) return StationErrors.RewardYear;
            if (await db.StationRewards.AnyAsync(r => r.StationId == stationId && r.Kind == RewardKind.YearlyActivity && r.Year == y
                    && r.Status != RewardStatus.Rejected, cancellationToken))
                return StationErrors.RewardClaimed;
            claim = new RewardClaim(station.Id, station.RegionCode, kind, y, null, null, fen, reason.Trim(), current.Id!.Value, clock.UtcNow);
        }
        db.StationRewards.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.RewardClaimed;
        }
        return claim;
    }

    public async Task<Result<RewardClaim>> DecideAsync(Guid claimId, int version, bool approve, decimal? yuan, string? note, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<RewardClaim>(claimId, cancellationToken) is not { } claim) return StationErrors.NotFound;
        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        var station = await db.Stations.AsNoTracking().FirstAsync(s => s.Id == claim.StationId, cancellationToken);
        var program = (await accreditation.ProgramAsync(station.ProgramId, cancellationToken))!;
        if (!accreditation.IsOfficerOf(program.ProgramPrefix)) return StationErrors.NotYourStage;
        var decided = approve
            ? claim.Approve(yuan is { } y ? (long)Math.Round(y * 100, MidpointRounding.AwayFromZero) : claim.RequestedFen, note?.Trim(), current.Id!.Value, clock.UtcNow)
            : claim.Reject(note ?? "", current.Id!.Value, clock.UtcNow);
        if (decided.IsError) return decided.Error!;
        if (approve)
            await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationRewardApproved, [station.Name, MessageValues.Yuan(claim.ApprovedFen!.Value / 100m)],
                "/Stations/Rewards", cancellationToken);
        else
            await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationRewardRejected, [station.Name, claim.DecisionNote!], "/Stations/Rewards",
                cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
        return claim;
    }
}
