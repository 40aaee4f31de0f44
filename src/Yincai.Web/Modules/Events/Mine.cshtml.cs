using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>A talent's registrations, newest event first, with the ticket of each seat.</summary>
public sealed class MineModel(YincaiDb db, CurrentUser current) : PageModel
{
    public sealed record Row(Guid RegistrationId, Guid EventId, string Title, DateTime StartsAtUtc, EventStatus EventStatus, RegistrationStatus Status,
        int Number, DateTime? CheckedInAtUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = current.Id!.Value;
        Rows = await db.EventRegistrations.AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.Events.AsNoTracking(), r => r.EventId, e => e.Id, (r, e) => new Row(r.Id, e.Id, e.Title, e.StartsAtUtc, e.Status, r.Status, r.Number, r.CheckedInAtUtc))
            .OrderByDescending(r => r.StartsAtUtc).Take(200).ToListAsync(HttpContext.RequestAborted);
    }
}
