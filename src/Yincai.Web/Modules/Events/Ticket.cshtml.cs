using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>The talent's ticket, for a phone or paper: the QR code the door scans and the code to type if it cannot.</summary>
public sealed class TicketModel(YincaiDb db, EventRegistrations registrations, CurrentUser current) : PageModel
{
    public EventRegistration Registration { get; private set; } = null!;
    public Event Event { get; private set; } = null!;
    public string Code { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var userId = current.Id!.Value;
        var registration = await db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.UserId == userId, HttpContext.RequestAborted);
        if (registration is null) return NotFound();
        Registration = registration;
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == registration.EventId, HttpContext.RequestAborted);
        if (registration.Status != RegistrationStatus.Registered) return Page();
        Code = registrations.TicketCode(registration);
        using var data = QRCodeGenerator.GenerateQrCode(registrations.QrPayload(registration), QRCodeGenerator.ECCLevel.M);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(8));
        return Page();
    }
}
