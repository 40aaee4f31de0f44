using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>The yearly event plans (STN-11): the operator writes and submits the year's plan; the program's officers approve
/// it (its events then run in their office's name) or return it with a reason.</summary>
public sealed class EventPlans(YincaiDb db, CurrentUser current, ChinaClock clock, StationOperation operation, StationAccreditation accreditation,
    OfficeDirectory offices, Notifier notifier)
{
    public Task<EventPlan?> OfAsync(Guid stationId, int year, CancellationToken cancellationToken) =>
        db.EventPlans.AsNoTracking().FirstOrDefaultAsync(p => p.StationId == stationId && p.Year == year, cancellationToken);

    /// <summary>The submitted plans in the officer's scope, for the program's officers to decide.</summary>
    public async Task<List<EventPlan>> SubmittedAsync(CancellationToken cancellationToken)
    {
        var plans = await db.EventPlans.AsNoTracking().Where(p => p.Status == EventPlanStatus.Submitted).OrderBy(p => p.Year).Take(200).ToListAsync(cancellationToken);
        return await accreditation.OfMyProgramsAsync(plans, p => p.StationId, cancellationToken);
    }

    /// <summary>Saves the operator's plan of the year (created on first save), and submits it when asked.</summary>
    public async Task<Result<EventPlan>> SaveAsync(Guid stationId, int year, IReadOnlyList<PlannedEvent> lines, bool submit, CancellationToken cancellationToken)
    {
        if (await operation.RunByMeAsync(stationId, cancellationToken) is not { } station) return StationErrors.NotOperator;
        if (year < clock.Today.Year || year > clock.Today.Year + 1) return StationErrors.PlanYear;
        var kept = new List<PlannedEvent>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line.Title)) continue;
            if (line.Month is < 1 or > 12 || line.Participants < 0) return StationErrors.PlanLine(i + 1);
            kept.Add(line with { Title = line.Title.Trim()[..Math.Min(line.Title.Trim().Length, 100)] });
        }
        if (kept.Count > EventPlan.MaxLines) return StationErrors.PlanLine(EventPlan.MaxLines + 1);
        var plan = await db.EventPlans.FirstOrDefaultAsync(p => p.StationId == stationId && p.Year == year, cancellationToken);
        if (plan is null)
        {
            plan = new EventPlan(station.Id, station.RegionCode, year);
            db.EventPlans.Add(plan);
        }
        var edited = plan.Edit(kept);
        if (edited.IsError) return edited.Error!;
        if (submit)
        {
            var submitted = plan.Submit();
            if (submitted.IsError) return submitted.Error!;
        }
        return await SaveAsync(plan, cancellationToken);
    }

    public async Task<Result<EventPlan>> ApproveAsync(Guid planId, int version, CancellationToken cancellationToken)
    {
        if (await LoadForProgramOfficerAsync(planId, version, cancellationToken) is not { } found) return StationErrors.NotYourStage;
        var (plan, station, program) = found;
        // The office in whose name the events run: the program's own (市人才服务中心, 省人社厅's centre), else the station's nearest.
        var all = await offices.ListAsync(1000, cancellationToken);
        var host = new[] { program.Definition.RegionCode, station.RegionCode[..4] + "00", station.RegionCode }
            .Select(code => all.FirstOrDefault(o => o.RegionCode == code)).FirstOrDefault(o => o is not null)?.Name ?? program.Definition.Authority.Zh;
        var approved = plan.Approve(current.Id!.Value, host, clock.UtcNow);
        if (approved.IsError) return approved.Error!;
        await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationPlanApproved, [station.Name, MessageValues.Number(plan.Year), host],
            "/Stations/Operation/Plan", cancellationToken);
        return await SaveAsync(plan, cancellationToken);
    }

    public async Task<Result<EventPlan>> ReturnAsync(Guid planId, int version, string? reason, CancellationToken cancellationToken)
    {
        if (await LoadForProgramOfficerAsync(planId, version, cancellationToken) is not { } found) return StationErrors.NotYourStage;
        var returned = found.Plan.Return(reason ?? "");
        if (returned.IsError) return returned.Error!;
        await notifier.NotifyAsync(found.Station.OperatorId, NotificationKinds.StationPlanReturned,
            [found.Station.Name, MessageValues.Number(found.Plan.Year), found.Plan.ReturnReason!], "/Stations/Operation/Plan", cancellationToken);
        return await SaveAsync(found.Plan, cancellationToken);
    }

    private async Task<(EventPlan Plan, Station Station, Programs.StationProgram Program)?> LoadForProgramOfficerAsync(Guid planId, int version,
        CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<EventPlan>(planId, cancellationToken) is not { } plan) return null;
        db.Entry(plan).Property(p => p.Version).OriginalValue = version;
        var station = await db.Stations.AsNoTracking().FirstAsync(s => s.Id == plan.StationId, cancellationToken);
        var program = (await accreditation.ProgramAsync(station.ProgramId, cancellationToken))!;
        return accreditation.IsOfficerOf(program.ProgramPrefix) ? (plan, station, program) : null;
    }

    private async Task<Result<EventPlan>> SaveAsync(EventPlan plan, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return plan;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
    }
}
