using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Yincai.Modules.Benefits.Claims;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Benefits;

/// <summary>Payment (ENT-05): the approved claims of the officer's region waiting for payment, put into a batch, exported as the
/// payment instruction for the finance system, and marked paid, the whole batch at once.</summary>
public sealed class BatchesModel(PaymentBatches batches, ChinaClock clock, IStringLocalizer<BenefitsResource> text) : PageModel
{
    public IReadOnlyList<BenefitApplication> Waiting { get; private set; } = [];
    public IReadOnlyList<PaymentBatch> Batches { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Waiting = await batches.WaitingAsync(ct);
        Batches = await batches.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var created = await batches.CreateAsync(HttpContext.RequestAborted);
        TempData["Status"] = created.IsError ? created.Error!.Message : text["Done_Batch", created.Value!.Number, created.Value.Count, Display.Yuan(created.Value.Total)].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPaidAsync(Guid id, int version, DateOnly? paidOn)
    {
        var paid = await batches.MarkPaidAsync(id, version, paidOn, HttpContext.RequestAborted);
        TempData["Status"] = paid.IsError ? paid.Error!.Message : text["Done_Paid", paid.Value!.Number].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await batches.FindAsync(id, ct) is not { } batch) return NotFound();
        Response.ContentType = ExcelWriter.ContentType;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = batch.Number + ".xlsx" }.ToString();
        await batches.ExportAsync(batch, Response.Body, ct);
        return new EmptyResult();
    }
}
