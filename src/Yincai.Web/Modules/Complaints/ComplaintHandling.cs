using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Complaints;

/// <summary>A filter of the officers' list.</summary>
public sealed record ComplaintFilter(ComplaintStatus? Status, ComplaintKind? Kind, bool Overdue, string? Number);

/// <summary>The filer's identity, once revealed to a handling officer.</summary>
public sealed record ComplaintFiler(string Name, string? Mobile, bool SignedIn);

/// <summary>
/// The officers' side of complaints (GRD-14): the list in their region scope (the data layer filters it), the steps from
/// acceptance to resolution with their effects on the employer and its jobs, each step recorded and the filer told; and
/// the filer's side: following a complaint by its number and rating the outcome.
/// </summary>
public sealed class ComplaintHandling(YincaiDb db, ChinaClock clock, CurrentUser current, FieldProtection protection, Notifier notifier,
    EmployerDirectory employers, EmployerJobs jobs, SensitiveDataViews views)
{
    public DateOnly Today => clock.Today;

    public Task<PagedList<Complaint>> ListAsync(ComplaintFilter filter, int page, CancellationToken cancellationToken)
    {
        var query = db.Complaints.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Number)) query = query.Where(c => c.TrackingNumber == filter.Number.Trim().ToUpperInvariant());
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Overdue)
        {
            var today = Today;
            query = query.Where(Complaint.Open).Where(c => c.DueOn < today);
            return query.ToCappedPagedListAsync(q => q.OrderBy(c => c.DueOn).ThenBy(c => c.Id), page, 20, cancellationToken);
        }
        return query.ToCappedPagedListAsync(q => q.OrderByDescending(c => c.ReceivedAtUtc).ThenByDescending(c => c.Id), page, 20, cancellationToken);
    }

    /// <summary>The open complaints the officer handles (the menu's number): their region's, and those escalated to them.</summary>
    public Task<int> WaitingCountAsync(CancellationToken cancellationToken)
    {
        if (current.ScopeRegionCode is not { } scope) return Task.FromResult(0);
        return NavigationMenu.CappedCountAsync(db.Complaints.Where(Complaint.Open)
            .Where(c => c.AssignedRegionCode == scope || c.EscalatedToRegionCode == scope), cancellationToken);
    }

    /// <summary>The complaint in the officer's scope, or null.</summary>
    public Task<Complaint?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<List<ComplaintStep>> StepsAsync(Guid complaintId, CancellationToken cancellationToken) =>
        db.ComplaintSteps.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.ComplaintId == complaintId)
            .OrderBy(s => s.AtUtc).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<List<EvidenceRow>> EvidenceAsync(Guid complaintId, CancellationToken cancellationToken) =>
        db.ComplaintEvidence.AsNoTracking().Where(e => e.ComplaintId == complaintId).OrderBy(e => e.UploadedAtUtc)
            .Select(e => new EvidenceRow(e.Id, e.FileName, e.ContentType, e.Content.Length)).ToListAsync(cancellationToken);

    /// <summary>An evidence file, for the handling officers only (it may show who filed).</summary>
    public async Task<ComplaintEvidence?> EvidenceFileAsync(Guid complaintId, Guid evidenceId, CancellationToken cancellationToken)
    {
        if (await FindAsync(complaintId, cancellationToken) is not { } complaint || !IsHandler(complaint)) return null;
        var file = await db.ComplaintEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.ComplaintId == complaintId, cancellationToken);
        if (file is not null)
            await views.RecordDownloadAsync(nameof(Complaint), complaint.Id.ToString(), "evidence", evidenceId.ToString(), "complaint", complaint.RegionCode,
                cancellationToken);
        return file;
    }

    public bool IsHandler(Complaint complaint) => current.IsInRole(Accounts.Contracts.Roles.Officer) && complaint.IsHandledBy(current.ScopeRegionCode);

    /// <summary>Who filed: only for the handling officers, recorded in the audit trail and on the complaint before it is shown.</summary>
    public async Task<Result<ComplaintFiler>> RevealFilerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } complaint) return ComplaintErrors.NotFound;
        if (!IsHandler(complaint)) return ComplaintErrors.NotHandling;
        var allowed = await views.RevealAsync(nameof(Complaint), complaint.Id.ToString(), ["FilerName", "FilerMobile"], "complaint",
            complaint.RegionCode, cancellationToken);
        if (allowed.IsError) return allowed.Error!;
        db.ComplaintSteps.Add(new ComplaintStep(complaint, ComplaintStepKind.FilerRevealed, current.Id, null, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return new ComplaintFiler(protection.Decrypt(complaint.FilerNameCipher),
            complaint.FilerMobileCipher is { } m ? protection.Decrypt(m) : null, complaint.FilerUserId is not null);
    }

    public Task<Result> AcceptAsync(Guid id, int version, CancellationToken cancellationToken) =>
        StepAsync(id, version, ComplaintStepKind.Accepted, null, (c, officer) => c.Accept(officer), cancellationToken);

    public Task<Result> NotAcceptAsync(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        StepAsync(id, version, ComplaintStepKind.NotAccepted, reason?.Trim(), (c, officer) => c.NotAccept(officer, reason, clock.UtcNow), cancellationToken);

    public Task<Result> StartHandlingAsync(Guid id, int version, string? note, CancellationToken cancellationToken) =>
        StepAsync(id, version, ComplaintStepKind.Handling, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), (c, officer) => c.StartHandling(officer),
            cancellationToken);

    /// <summary>
    /// Resolves the complaint with its outcome and what was done. Upheld complaints tell the employer; taking the job down
    /// closes it; blacklisting the employer closes all its jobs and refuses new ones. All or nothing, in one transaction.
    /// </summary>
    public Task<Result> ResolveAsync(Guid id, int version, bool upheld, string? outcome, ComplaintActions actions, CancellationToken cancellationToken) =>
        StepAsync(id, version, ComplaintStepKind.Resolved, outcome?.Trim(), (c, officer) => c.Resolve(officer, upheld, outcome, actions, clock.UtcNow),
            cancellationToken, async (complaint, officer) =>
            {
                if (complaint.Actions.HasFlag(ComplaintActions.JobTakenDown) && !await jobs.TakeDownAsync(complaint.JobId!.Value, cancellationToken))
                    return ComplaintErrors.NoJob;
                if (complaint.Actions.HasFlag(ComplaintActions.EmployerBlacklisted))
                {
                    if (!await employers.BlacklistAsync(complaint.EmployerId!.Value, complaint.Outcome!, officer, clock.UtcNow, cancellationToken))
                        return ComplaintErrors.NoEmployer;
                    await jobs.TakeDownAllOfEmployerAsync(complaint.EmployerId.Value, cancellationToken);
                }
                if (complaint.Upheld == true && complaint.EmployerId is { } employerId)
                {
                    var members = await employers.MemberUserIdsAsync(employerId, cancellationToken);
                    await notifier.NotifyAllAsync(members, NotificationKinds.ComplaintAgainstEmployer, [complaint.TrackingNumber, complaint.Outcome!], null,
                        cancellationToken);
                    if (complaint.Actions.HasFlag(ComplaintActions.EmployerBlacklisted))
                        await notifier.NotifyAllAsync(members, NotificationKinds.EmployerBlacklisted, [complaint.Outcome!], null, cancellationToken);
                }
                return Result.Ok();
            });

    private async Task<Result> StepAsync(Guid id, int version, ComplaintStepKind kind, string? note, Func<Complaint, Guid, Result> act,
        CancellationToken cancellationToken, Func<Complaint, Guid, Task<Result>>? effects = null)
    {
        if (current.Id is not { } officer) return ComplaintErrors.NotHandling;
        if (await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } complaint) return ComplaintErrors.NotFound;
        if (!IsHandler(complaint)) return ComplaintErrors.NotHandling;
        if (complaint.Version != version) return ComplaintErrors.Conflict;
        var acted = act(complaint, officer);
        if (acted.IsError) return acted;
        if (effects is not null)
        {
            var done = await effects(complaint, officer);
            if (done.IsError) return done;
        }
        db.ComplaintSteps.Add(new ComplaintStep(complaint, kind, officer, note, clock.UtcNow));
        await TellFilerAsync(complaint, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ComplaintErrors.Conflict;
        }
        return Result.Ok();
    }

    private async Task TellFilerAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        string[] values = [complaint.TrackingNumber];
        if (complaint.FilerUserId is { } filer)
            await notifier.NotifyAsync(filer, NotificationKinds.ComplaintProgress, values, "/Complaints/Track?number=" + complaint.TrackingNumber, cancellationToken);
        else if (complaint.FilerMobileCipher is { } mobile)
            notifier.SendSms(protection.Decrypt(mobile), NotificationKinds.ComplaintProgress, values, CultureInfo.GetCultureInfo("zh-CN"));
    }

    /// <summary>The complaint with this tracking number, for its filer: anyone who has the number (it is not guessable).</summary>
    public Task<Complaint?> TrackAsync(string? number, CancellationToken cancellationToken)
    {
        var n = (number ?? "").Trim().ToUpperInvariant();
        if (n.Length is < 10 or > 20) return Task.FromResult<Complaint?>(null);
        return db.Complaints.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().FirstOrDefaultAsync(c => c.TrackingNumber == n, cancellationToken);
    }

    /// <summary>The filer rates how the complaint was handled, once, after it is closed.</summary>
    public async Task<Result> RateAsync(string? number, int rating, string? comment, CancellationToken cancellationToken)
    {
        var n = (number ?? "").Trim().ToUpperInvariant();
        if (await db.Complaints.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(c => c.TrackingNumber == n, cancellationToken) is not { } complaint)
            return ComplaintErrors.NotFound;
        var rated = complaint.Rate(rating, comment, clock.UtcNow);
        if (rated.IsError) return rated;
        db.ComplaintSteps.Add(new ComplaintStep(complaint, ComplaintStepKind.Rated, complaint.FilerUserId, complaint.RatingComment, clock.UtcNow));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ComplaintErrors.Conflict;
        }
        return Result.Ok();
    }
}

public sealed record EvidenceRow(Guid Id, string FileName, string ContentType, int Length);
