using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>A named home's networking platform (RET-08): talents join with their field and projects, and see one another.</summary>
public sealed class HomeNetwork(YincaiDb db, CurrentUser current, ChinaClock clock, TalentDirectory talents)
{
    public const int MaxListed = 100;

    /// <summary>The members, newest first: for signed-in people only (names masked); the public sees how many there are.</summary>
    public Task<List<NetworkMember>> MembersAsync(Guid stationId, CancellationToken cancellationToken) =>
        // A named home's own page, whatever the viewer's region scope.
        db.NetworkMembers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(m => m.StationId == stationId)
            .OrderByDescending(m => m.JoinedAtUtc).Take(MaxListed).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Guid stationId, CancellationToken cancellationToken) =>
        db.NetworkMembers.IgnoreQueryFilters([YincaiDb.RegionFilter]).CountAsync(m => m.StationId == stationId, cancellationToken);

    public async Task<Result> JoinAsync(Guid stationId, string? field, string? projects, CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Roles.Talent) || current.Id is not { } me || await talents.OfUserAsync(me, cancellationToken) is not { } talent)
            return StationErrors.TalentsOnly;
        var station = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == stationId && s.Status == StationStatus.Named, cancellationToken);
        if (station is null) return StationErrors.NotFound;
        if (string.IsNullOrWhiteSpace(field) || field.Trim().Length > NetworkMember.MaxText) return StationErrors.FieldRequired;
        var kept = string.IsNullOrWhiteSpace(projects) ? null : projects.Trim()[..Math.Min(projects.Trim().Length, NetworkMember.MaxText)];
        var member = await db.NetworkMembers.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .FirstOrDefaultAsync(m => m.StationId == stationId && m.TalentUserId == me, cancellationToken);
        if (member is null)
        {
            member = new NetworkMember(station.Id, station.RegionCode, me, talent.MaskedName, field.Trim(), kept, clock.UtcNow);
            db.NetworkMembers.Add(member);
        }
        else member.Change(field.Trim(), kept);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict; // joined twice at once: the unique index keeps one
        }
        return Result.Ok();
    }

    public async Task<Result> LeaveAsync(Guid stationId, CancellationToken cancellationToken)
    {
        if (current.Id is not { } me) return StationErrors.TalentsOnly;
        await db.NetworkMembers.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(m => m.StationId == stationId && m.TalentUserId == me)
            .ExecuteDeleteAsync(cancellationToken);
        return Result.Ok();
    }
}
