using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Evaluation;

/// <summary>
/// The yearly evaluation (STN-13, STN-14): the program's officers open it for a named station, the experts (reviewer accounts
/// in scope) score it on the program's criteria with the station's figures beside them, and the officers conclude it: a pass
/// records the reward, a fail revokes the station (撤站摘牌) in the same save, with its record kept.
/// </summary>
public sealed class StationEvaluations(YincaiDb db, CurrentUser current, ChinaClock clock, StationAccreditation accreditation,
    StationOperation operation, AccountDirectory accounts, Notifier notifier)
{
    public Task<List<StationEvaluation>> OfStationAsync(Guid stationId, CancellationToken cancellationToken) =>
        db.StationEvaluations.AsNoTracking().Where(e => e.StationId == stationId).OrderByDescending(e => e.Year).ToListAsync(cancellationToken);

    public Task<List<EvaluationScore>> ScoresAsync(Guid evaluationId, CancellationToken cancellationToken) =>
        db.EvaluationScores.AsNoTracking().Where(s => s.EvaluationId == evaluationId).OrderBy(s => s.AtUtc).ToListAsync(cancellationToken);

    /// <summary>How many experts a program's evaluation needs: as many as its review does.</summary>
    public static int ExpertsFor(ProgramDefinition program) => Math.Max(1, program.Stages.Max(s => s.Experts));

    public async Task<Result<StationEvaluation>> OpenAsync(Guid stationId, int year, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Station>(stationId, cancellationToken, tracked: false) is not { } station) return StationErrors.NotFound;
        if (station.Status != StationStatus.Named) return StationErrors.NotNamed;
        var program = (await accreditation.ProgramAsync(station.ProgramId, cancellationToken))!;
        if (!accreditation.IsOfficerOf(program.ProgramPrefix)) return StationErrors.NotYourStage;
        if (year < station.NamedOn!.Value.Year || year > clock.Today.Year) return StationErrors.EvaluationYear;
        if (await db.StationEvaluations.AnyAsync(e => e.StationId == stationId && e.Year == year, cancellationToken)) return StationErrors.EvaluationExists;
        var evaluation = new StationEvaluation(station.Id, station.RegionCode, year, current.Id!.Value, clock.UtcNow);
        db.StationEvaluations.Add(evaluation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.EvaluationExists;
        }
        return evaluation;
    }

    public async Task<Result<StationEvaluation>> ScoreAsync(Guid evaluationId, IReadOnlyDictionary<string, int?> scores, string? comment,
        CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Roles.Reviewer) || current.Id is not { } me) return StationErrors.NotYourStage;
        if (await db.FindInScopeAsync<StationEvaluation>(evaluationId, cancellationToken, tracked: false) is not { } evaluation) return StationErrors.NotFound;
        if (evaluation.Status != EvaluationStatus.Open) return StationErrors.EvaluationClosed;
        var station = await db.Stations.AsNoTracking().FirstAsync(s => s.Id == evaluation.StationId, cancellationToken);
        var program = (await accreditation.ProgramAsync(station.ProgramId, cancellationToken))!;
        var row = await db.EvaluationScores.FirstOrDefaultAsync(s => s.EvaluationId == evaluationId && s.ReviewerId == me, cancellationToken);
        if (row is null)
        {
            var name = (await accounts.DisplayNamesAsync([me], cancellationToken)).GetValueOrDefault(me) ?? current.UserName ?? "";
            row = new EvaluationScore(evaluation, me, name);
            db.EvaluationScores.Add(row);
        }
        var set = row.Set(program.Definition.Evaluation, scores, comment, clock.UtcNow);
        if (set.IsError) return set.Error!;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
        return evaluation;
    }

    /// <summary>Concludes: pass with the reward recorded, or fail and revoke the station; the operator is told either way.</summary>
    public async Task<Result<StationEvaluation>> ConcludeAsync(Guid evaluationId, int version, decimal? rewardYuan, string? note,
        CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<StationEvaluation>(evaluationId, cancellationToken) is not { } evaluation) return StationErrors.NotFound;
        db.Entry(evaluation).Property(e => e.Version).OriginalValue = version;
        var station = await db.Stations.FirstAsync(s => s.Id == evaluation.StationId, cancellationToken);
        var program = (await accreditation.ProgramAsync(station.ProgramId, cancellationToken))!;
        if (!accreditation.IsOfficerOf(program.ProgramPrefix)) return StationErrors.NotYourStage;
        var totals = await db.EvaluationScores.Where(s => s.EvaluationId == evaluationId).Select(s => s.Total).ToListAsync(cancellationToken);
        var figures = await operation.FiguresAsync(station.Id, evaluation.Year, cancellationToken);
        var reward = rewardYuan is { } yuan ? (long)Math.Round(yuan * 100, MidpointRounding.AwayFromZero) : (long?)null;
        var concluded = evaluation.Conclude(totals, ExpertsFor(program.Definition), program.Definition.EvaluationPassScore, figures, reward,
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), current.Id!.Value, clock.UtcNow);
        if (concluded.IsError) return concluded.Error!;
        var actor = (await accounts.DisplayNamesAsync([current.Id!.Value], cancellationToken)).GetValueOrDefault(current.Id.Value) ?? "";
        var summary = StationTexts.EvaluationSummary(evaluation.Year, evaluation.AverageScore!.Value, evaluation.Status == EvaluationStatus.Passed);
        db.StationSteps.Add(new StationStep(station, StepAction.Evaluated, null, current.Id, actor, summary + (evaluation.Note is { } n ? "\n" + n : ""), clock.UtcNow));
        if (evaluation.Status == EvaluationStatus.Failed)
        {
            var revoked = station.Revoke(clock.Today, summary);
            if (revoked.IsError) return revoked.Error!;
            db.StationSteps.Add(new StationStep(station, StepAction.Revoked, null, current.Id, actor, summary, clock.UtcNow));
        }
        var kind = evaluation.Status == EvaluationStatus.Failed ? NotificationKinds.StationRevoked : NotificationKinds.StationEvaluationPassed;
        await notifier.NotifyAsync(station.OperatorId, kind, [station.Name, MessageValues.Number(evaluation.Year), StationTexts.Average(evaluation.AverageScore.Value)],
            "/Stations/Mine", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
        return evaluation;
    }
}
