using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Notifications.Delivery;
using Yincai.Platform;

namespace Yincai.Modules.Notifications;

/// <summary>
/// The system administrator's view of delivery: the outbox by status (what failed and why, to send again), and, while no
/// SMTP server or SMS gateway is configured, what the development transports kept instead of sending.
/// </summary>
public sealed class DeliveryModel(YincaiDb db, TimeProvider clock, IOptions<NotificationsOptions> options, IStringLocalizer<NotificationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public OutboxStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<OutboxRow> Messages { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<DevelopmentMessage> Kept { get; private set; } = [];
    public bool EmailKept => string.IsNullOrWhiteSpace(options.Value.Smtp.Host);
    public bool SmsKept => string.IsNullOrWhiteSpace(options.Value.Sms.Url);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var query = db.Outbox.AsNoTracking();
        if (Status is { } status) query = query.Where(m => m.Status == status);
        Messages = await query.ToCappedPagedListAsync(q => q.OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
            .Select(m => new OutboxRow(m.Id, m.Channel, m.TemplateKey, m.Status, m.Attempts, m.CreatedAtUtc, m.NotBeforeUtc, m.SentAtUtc, m.LastError)),
            PageNumber, 30, ct);
        if (EmailKept || SmsKept)
            Kept = await db.DevelopmentMessages.AsNoTracking().OrderByDescending(m => m.AtUtc).ThenByDescending(m => m.Id).Take(30).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id)
    {
        if (await db.Outbox.FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted) is not { } message) return NotFound();
        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Delivery_Retried"].Value;
        return RedirectToPage(new { Status });
    }
}

public sealed record OutboxRow(Guid Id, Channel Channel, string TemplateKey, OutboxStatus Status, int Attempts, DateTime CreatedAtUtc,
    DateTime NotBeforeUtc, DateTime? SentAtUtc, string? LastError);
