using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Benefits.Claims;

/// <summary>
/// Payment instructions (ENT-05): an officer puts the approved claims of their scope not yet in a batch into one batch, exports it to
/// Excel for the finance system, and marks it paid when the money has gone: every claim of the batch at once or none (a claim changed
/// meanwhile refuses the whole batch).
/// </summary>
public sealed class PaymentBatches(YincaiDb db, CurrentUser current, ChinaClock clock, IStringLocalizer<BenefitsResource> text)
{
    public const int MaxClaims = 5000;

    /// <summary>Approved claims waiting for a batch, in the officer's scope, oldest first.</summary>
    public Task<List<BenefitApplication>> WaitingAsync(CancellationToken cancellationToken) =>
        db.BenefitApplications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Approved && a.BatchId == null)
            .OrderBy(a => a.ReviewedAtUtc).ThenBy(a => a.Id).Take(MaxClaims).ToListAsync(cancellationToken);

    public Task<List<PaymentBatch>> ListAsync(CancellationToken cancellationToken) =>
        db.PaymentBatches.AsNoTracking().OrderByDescending(b => b.CreatedAtUtc).Take(100).ToListAsync(cancellationToken);

    public Task<PaymentBatch?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.PaymentBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public Task<List<BenefitApplication>> ClaimsAsync(Guid batchId, CancellationToken cancellationToken) =>
        db.BenefitApplications.AsNoTracking().Where(a => a.BatchId == batchId).OrderBy(a => a.ReviewedAtUtc).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>A batch of every waiting claim in the officer's scope (up to <see cref="MaxClaims"/>); an error when none waits.</summary>
    public async Task<Result<PaymentBatch>> CreateAsync(CancellationToken cancellationToken)
    {
        if (current.ScopeRegionCode is not { } region) return new Error("benefits.scope", text["Error_NotFound"]);
        var claims = await db.BenefitApplications.Where(a => a.Status == ApplicationStatus.Approved && a.BatchId == null)
            .OrderBy(a => a.ReviewedAtUtc).ThenBy(a => a.Id).Take(MaxClaims).ToListAsync(cancellationToken);
        if (claims.Count == 0) return new Error("benefits.batch_empty", text["Error_BatchEmpty"]);
        var today = clock.Today;
        var prefix = $"ZF-{region}-{today:yyyyMMdd}-";
        var sequence = await db.PaymentBatches.CountAsync(b => b.Number.StartsWith(prefix), cancellationToken) + 1;
        var batch = new PaymentBatch(region, $"{prefix}{sequence:00}", claims.Count, claims.Sum(c => c.Amount), current.Id!.Value, clock.UtcNow);
        db.PaymentBatches.Add(batch);
        foreach (var claim in claims) claim.AddToBatch(batch.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer batched some of these claims, or took this number, at the same moment.
            db.ChangeTracker.Clear();
            return new Error("benefits.stale", text["Error_Stale"]);
        }
        return batch;
    }

    /// <summary>Marks every claim of the batch paid on the date, at the batch's version the officer saw; all or none.</summary>
    public async Task<Result<PaymentBatch>> MarkPaidAsync(Guid batchId, int version, DateOnly? paidOn, CancellationToken cancellationToken)
    {
        var batch = await db.PaymentBatches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null) return new Error("benefits.not_found", text["Error_BatchNotFound"]);
        if (batch.PaidOn is not null) return new Error("benefits.paid", text["Error_BatchPaid", Display.Date(batch.PaidOn.Value)]);
        if (batch.Version != version) return new Error("benefits.stale", text["Error_Stale"]);
        if (paidOn is not { } on || on > clock.Today || on < ChinaClock.DateOf(batch.CreatedAtUtc))
            return new Error("benefits.paid_on", text["Error_PaidOn"], "PaidOn");
        var claims = await db.BenefitApplications.Where(a => a.BatchId == batchId).ToListAsync(cancellationToken);
        if (claims.Count != batch.Count || claims.Any(c => c.Status != ApplicationStatus.Approved))
            return new Error("benefits.batch_changed", text["Error_BatchChanged"]);
        batch.MarkPaid(on, current.Id!.Value);
        foreach (var claim in claims) claim.MarkPaid(on);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Error("benefits.stale", text["Error_Stale"]);
        }
        return batch;
    }

    /// <summary>The payment instruction: one row per claim, for the finance system.</summary>
    public async Task ExportAsync(PaymentBatch batch, Stream output, CancellationToken cancellationToken)
    {
        var claims = await ClaimsAsync(batch.Id, cancellationToken);
        var headers = new[] { "Export_Batch", "Export_Claim", "Export_Benefit", "Export_Claimant", "Export_Kind", "Export_Period", "Export_Part",
            "Export_Amount", "Export_Applied", "Export_Approved" }.Select(k => text[k].Value).ToList();
        var rows = claims.Select(c => (IReadOnlyList<string?>)
        [
            batch.Number, c.Id.ToString(), c.BenefitName, c.ClaimantName, text["Claimant_" + c.Claimant].Value, c.Period, text["Part_" + c.Part].Value,
            c.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Display.Date(c.AppliedOn),
            c.ReviewedAtUtc is { } at ? Display.Date(ChinaClock.DateOf(at)) : "",
        ]).Append([batch.Number, "", "", "", "", "", text["Export_Total"].Value, batch.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "", ""]);
        await ExcelWriter.WriteAsync(output, [new ExcelSheet(text["Export_Sheet"], headers, rows)], cancellationToken);
    }
}
