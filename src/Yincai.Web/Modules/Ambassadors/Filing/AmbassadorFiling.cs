using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Filing;

/// <summary>
/// Filing with the province (备案, AMB-02, AMB-13, AMB-15): a city collects its candidates and unfiled exits into a batch for
/// the next deadline and submits it; the province accepts or returns each line with a reason. An accepted new ambassador gets
/// the certificate (AMB-06) and starts serving.
/// </summary>
public sealed class AmbassadorFiling(YincaiDb db, AmbassadorRegistry registry, TalentEnrolment talents, Notifier notifier, CurrentUser current,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => registry.Today;

    /// <summary>Province officers decide lines; their scope is a whole province.</summary>
    public bool IsProvinceOfficer => current.Scope.Prefix is { Length: 2 };

    public string? OwnCity => current.Scope.Prefix is { Length: 4 } prefix ? prefix + "00" : null;

    public async Task<Result<FilingBatch>> BuildAsync(CancellationToken cancellationToken)
    {
        if (OwnCity is not { } city || current.Id is not { } officerId) return AmbassadorErrors.NotCity;
        var open = db.FilingLines.Where(l => l.Decision == FilingDecision.Pending).Select(l => l.AmbassadorId);
        var candidates = await db.Ambassadors.Where(a => a.RegionCode == city && !open.Contains(a.Id)
                && (a.Status == AmbassadorStatus.Candidate || (a.Status == AmbassadorStatus.Exited && !a.ExitFiled)))
            .OrderBy(a => a.CreatedAtUtc).ToListAsync(cancellationToken);
        if (candidates.Count == 0) return AmbassadorErrors.NothingToFile;
        var deadline = await registry.NextDeadlineAsync(cancellationToken);
        var batch = new FilingBatch(city, deadline.DueOn, officerId, Now);
        db.FilingBatches.Add(batch);
        foreach (var a in candidates)
            db.FilingLines.Add(new FilingLine(batch.Id, a, a.Status == AmbassadorStatus.Exited ? FilingLineKind.Exit : FilingLineKind.New));
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    public async Task<Result> SubmitAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<FilingBatch>(batchId, cancellationToken) is not { } batch) return AmbassadorErrors.NotFound;
        if (OwnCity != batch.RegionCode) return AmbassadorErrors.NotCity;
        var result = batch.Submit(Today, Now);
        if (result.IsError) return result;
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>The province accepts or returns one line; a returned line needs the reason, which the city sees.</summary>
    public async Task<Result> DecideAsync(Guid lineId, bool accept, string? reason, CancellationToken cancellationToken)
    {
        if (!IsProvinceOfficer || current.Id is not { } officerId) return AmbassadorErrors.NotProvince;
        if (await db.FindInScopeAsync<FilingLine>(lineId, cancellationToken) is not { } line) return AmbassadorErrors.NotFound;
        if (line.Decision != FilingDecision.Pending) return AmbassadorErrors.LineDecided;
        var batch = await db.FilingBatches.FirstAsync(b => b.Id == line.BatchId, cancellationToken);
        if (batch.Status != FilingBatchStatus.Submitted) return AmbassadorErrors.BatchNotSubmitted;
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!accept && reason is null) return AmbassadorErrors.ReasonRequired;
        var ambassador = await db.Ambassadors.FirstAsync(a => a.Id == line.AmbassadorId, cancellationToken);
        var accounts = await talents.AccountsAsync([ambassador.TalentId], cancellationToken);

        if (!accept)
        {
            ambassador.ReturnFromFiling(reason!, Today);
            if (accounts.TryGetValue(ambassador.TalentId, out var returnedUser))
                await notifier.NotifyAsync(returnedUser, NotificationKinds.AmbassadorFilingReturned, [reason!], "/Ambassadors/Mine", cancellationToken);
        }
        else if (line.Kind == FilingLineKind.Exit)
        {
            ambassador.MarkExitFiled(Today);
        }
        else
        {
            var filed = ambassador.File(Today);
            if (filed.IsError) return filed;
            var certificate = await registry.IssueCertificateAsync(ambassador, officerId, cancellationToken);
            ambassador.StartService(Today);
            await registry.NotifyAsync(ambassador, NotificationKinds.AmbassadorFiled, certificate, cancellationToken);
        }
        line.Decide(accept ? FilingDecision.Accepted : FilingDecision.Returned, reason, officerId, Now);
        var others = await db.FilingLines.Where(l => l.BatchId == batch.Id && l.Id != line.Id).Select(l => l.Decision).ToListAsync(cancellationToken);
        if (others.All(d => d != FilingDecision.Pending)) batch.MarkDecided(Now);
        else batch.Touch();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
