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
            .Join(db.Events.AsNoTracking(), r => r.EventId, e => e.Id, (r, e) => new { r, e })
            // Order and take before building the row: EF cannot translate a member of a record made by a constructor.
            .OrderByDescending(x => x.e.StartsAtUtc).Take(200)
            .Select(x => new Row(x.r.Id, x.e.Id, x.e.Title, x.e.StartsAtUtc, x.e.Status, x.r.Status, x.r.Number, x.r.CheckedInAtUtc))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
