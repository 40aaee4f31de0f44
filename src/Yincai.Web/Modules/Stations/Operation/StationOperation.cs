using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Stations.Operation;

/// <summary>
/// Running a named station (STN-10): its operators log the services they give talents; a job referral marks the talent's
/// application to that job as the station's, now or when they apply, so the hire that follows is the station's allocation.
/// Only a named station is run: a revoked one's operators lose these rights with it.
/// </summary>
public sealed partial class StationOperation(YincaiDb db, CurrentUser current, ChinaClock clock, TalentDirectory talents, JobReferrals jobs,
    StationEvents events, Notifier notifier)
{
    public const int PageSize = 20;

    /// <summary>The named stations the signed-in operator runs.</summary>
    public Task<List<Station>> RunByMeAsync(CancellationToken cancellationToken) =>
        current.Id is { } me && current.IsInRole(Roles.StationOperator)
            ? db.Stations.AsNoTracking().Where(s => s.OperatorId == me && s.Status == StationStatus.Named).OrderBy(s => s.Name).ToListAsync(cancellationToken)
            : Task.FromResult(new List<Station>());

    public async Task<Station?> RunByMeAsync(Guid stationId, CancellationToken cancellationToken) =>
        (await RunByMeAsync(cancellationToken)).FirstOrDefault(s => s.Id == stationId);

    public async Task<Result<ServiceEntry>> LogAsync(Guid stationId, ServiceForm form, CancellationToken cancellationToken)
    {
        if (await RunByMeAsync(stationId, cancellationToken) is not { } station) return StationErrors.NotOperator;
        var mobile = MobileNumber.Validate(form.Mobile, StationTexts.MobileLabel);
        if (mobile.IsError) return mobile.Error! with { Field = "Form.Mobile" };
        if (await talents.ByMobileAsync(mobile.Value!, cancellationToken) is not { } talent) return StationErrors.NoSuchTalent;
        if (form.On is not { } on || on > clock.Today) return StationErrors.ServedOnFuture;
        (Guid Id, string Title)? job = null;
        if (form.Kind == ServiceKind.Referral)
        {
            if (string.IsNullOrWhiteSpace(form.Job) || GuidIn().Match(form.Job) is not { Success: true } match) return StationErrors.JobRequired;
            var jobId = Guid.Parse(match.Value);
            if ((await jobs.SummariesAsync([jobId], openOnly: true, cancellationToken)).FirstOrDefault() is not { } found) return StationErrors.JobNotOpen;
            job = (found.Id, found.Title);
        }
        var entry = new ServiceEntry(station.Id, station.RegionCode, form.Kind, talent.Id, talent.UserId, talent.MaskedName, on, job?.Id, job?.Title,
            form.Detail.Trim(), string.IsNullOrWhiteSpace(form.Outcome) ? null : form.Outcome.Trim(), current.Id!.Value, clock.UtcNow);
        db.StationServices.Add(entry);
        if (job is { } referred && talent.UserId is { } user)
        {
            await jobs.MarkReferredAsync(user, referred.Id, station.Id, cancellationToken);
            await notifier.NotifyAsync(user, NotificationKinds.StationJobReferral, [station.Name, referred.Title], $"/Jobs/View?id={referred.Id}", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public Task<PagedList<ServiceEntry>> LogOfAsync(Guid stationId, int page, CancellationToken cancellationToken) =>
        db.StationServices.AsNoTracking().Where(e => e.StationId == stationId)
            .ToCappedPagedListAsync(q => q.OrderByDescending(e => e.On).ThenByDescending(e => e.RecordedAtUtc), Math.Max(1, page), PageSize,
                PagedListExtensions.DefaultCountCap, cancellationToken);

    /// <summary>What the signed-in talent received from stations, newest first, with the stations' names.</summary>
    public async Task<List<(ServiceEntry Entry, string Station)>> ReceivedAsync(CancellationToken cancellationToken)
    {
        if (current.Id is not { } me) return [];
        // The talent's own record across every station, whatever region each stands in.
        var rows = await db.StationServices.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(e => e.TalentUserId == me)
            .Join(db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]), e => e.StationId, s => s.Id, (e, s) => new { Entry = e, s.Name })
            .OrderByDescending(x => x.Entry.On).Take(200).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Entry, r.Name)).ToList();
    }

    /// <summary>A station's year in figures (STN-08, the evaluation's facts): distinct talents served, services, and the hires it
    /// referred (allocations).</summary>
    public async Task<StationFigures> FiguresAsync(Guid stationId, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var services = db.StationServices.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(e => e.StationId == stationId && e.On >= from && e.On < to);
        var served = await services.Select(e => e.TalentId).Distinct().CountAsync(cancellationToken);
        var count = await services.CountAsync(cancellationToken);
        var hires = await jobs.HireCountOfStationAsync(stationId, ChinaClock.StartOfDayUtc(from), ChinaClock.StartOfDayUtc(to), cancellationToken);
        var held = await events.HeldCountAsync(stationId, year, cancellationToken);
        return new StationFigures(year, served, count, hires, held);
    }

    /// <summary>A program's year over its named stations (its dashboard against the targets, STN-08): people served (each
    /// station's distinct talents, summed), services, allocations and events.</summary>
    public async Task<StationFigures> ProgramFiguresAsync(IReadOnlyCollection<Guid> stationIds, int year, CancellationToken cancellationToken)
    {
        if (stationIds.Count == 0) return new StationFigures(year, 0, 0, 0, 0);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var services = db.StationServices.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(e => stationIds.Contains(e.StationId) && e.On >= from && e.On < to);
        var served = await services.Select(e => new { e.StationId, e.TalentId }).Distinct().CountAsync(cancellationToken);
        var count = await services.CountAsync(cancellationToken);
        var hires = await jobs.HireCountOfStationsAsync(stationIds, ChinaClock.StartOfDayUtc(from), ChinaClock.StartOfDayUtc(to), cancellationToken);
        var held = await events.HeldCountOfStationsAsync(stationIds, year, cancellationToken);
        return new StationFigures(year, served, count, hires, held);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidIn();
}
